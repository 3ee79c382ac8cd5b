"""The example shop service (``app/``), its fixed twin (``app_fixed/``) and the overlap check."""
