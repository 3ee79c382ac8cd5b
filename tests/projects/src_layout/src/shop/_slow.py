def render(template: str) -> str:
    return template
