"""Which links of a listing page lead on."""

import re

import pytest

from cases.ingest.web.links import matching, page_links, same_site

LISTING = b"""<html><head><base href="/hearings/"></head><body>
<a href="pc-smith">PC Smith</a>
<a href="pc-smith#outcome">PC Smith again</a>
<a href="https://force.example/hearings/sgt-jones?x=1">Sgt Jones</a>
<a href="mailto:press@force.example">Press office</a>
<a href="javascript:void(0)">Menu</a>
<a href="http://elsewhere.example/hearings/a">Elsewhere</a>
<a href="/about">About</a>
</body></html>"""


def test_links_are_absolute_once_each_in_page_order_without_fragments():
    links = page_links(LISTING, "https://force.example/news/")

    assert links == [
        "https://force.example/hearings/pc-smith",
        "https://force.example/hearings/sgt-jones?x=1",
        "http://elsewhere.example/hearings/a",
        "https://force.example/about",
    ]


def test_only_same_site_links_matching_a_pattern_are_followed():
    links = page_links(LISTING, "https://force.example/news/")

    followed = matching(links, "https://force.example/", [re.compile(r"/hearings/")])

    assert list(followed) == [
        "https://force.example/hearings/pc-smith",
        "https://force.example/hearings/sgt-jones?x=1",
    ]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://force.example/a", True),  # the scheme upgrade is the same site
        ("https://FORCE.example:443/a", True),
        ("https://force.example:8443/a", False),
        ("https://www.force.example/a", False),
        ("https://force.example.evil.test/a", False),
    ],
)
def test_same_site_means_the_same_host_and_port(url, expected):
    assert same_site(url, "https://force.example/hearings/") is expected


def test_a_page_that_is_not_html_has_no_links():
    assert page_links(b"%PDF-1.4 binary", "https://force.example/") == []
