"""Fill in an admin change form the way a browser would: every field as rendered."""

from bs4 import BeautifulSoup


def form_data(html: bytes | str) -> dict[str, list[str]]:
    """The values a browser would submit from the page's model form."""
    soup = BeautifulSoup(html, "lxml")
    form = soup.select_one("form[id$='_form']")
    data: dict[str, list[str]] = {}
    for field in form.select("input[name], select[name], textarea[name]"):
        name = field["name"]
        if field.name == "select":
            chosen = [o.get("value", o.text) for o in field.select("option[selected]")]
            data.setdefault(name, []).extend(chosen)
        elif field.name == "textarea":
            # Browsers send a textarea's line breaks as CRLF, whatever was stored.
            text = field.text.removeprefix("\n").replace("\r\n", "\n")
            data.setdefault(name, []).append(text.replace("\n", "\r\n"))
        elif field.get("type") in {"checkbox", "radio"}:
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif field.get("type") not in {"submit", "button", "file"}:
            data.setdefault(name, []).append(field.get("value", ""))
    return data


def post_change_form(client, url: str, **changes) -> None:
    """Open an admin change page, change some fields, save, and insist it saved."""
    data = form_data(client.get(url).content)
    for name, value in changes.items():
        data[name] = value if isinstance(value, list) else [value]
    response = client.post(url, data)
    assert response.status_code == 302, _errors(response)


def _errors(response) -> str:
    soup = BeautifulSoup(response.content, "lxml")
    return " | ".join(e.get_text(" ", strip=True) for e in soup.select(".errorlist"))
