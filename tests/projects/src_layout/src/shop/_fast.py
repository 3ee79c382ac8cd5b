import subprocess


def render(template: str) -> str:
    return subprocess.run(["render", template], capture_output=True, text=True).stdout
