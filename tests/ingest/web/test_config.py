"""The crawl config file: what it accepts, and the errors that name the mistake."""

from pathlib import Path

import pytest

from cases.ingest.web.config import ConfigError, load_config, parse_config

GOOD = r"""
user_agent = "TestArchive/1.0 (+mailto:a@example.org)"
delay = 0.5
timeout = 3
warc = "captures"

[[site]]
name = "Kent"
start = "https://force.example/hearings/"
outcome_links = ['/hearings/[a-z-]+$']
listing_links = ['/hearings/\?page=\d+']
depth = 3
max_pages = 10

[[site]]
name = "IOPC"
start = ["https://iopc.example/news"]
outcome_links = ['/news/.+']
delay = 4
"""


def test_a_config_names_sites_with_their_limits(tmp_path):
    path = tmp_path / "crawl.toml"
    path.write_text(GOOD)

    config = load_config(path)

    kent, iopc = config.sites
    assert kent.start == ["https://force.example/hearings/"]
    assert kent.outcome_links[0].search("https://force.example/hearings/pc-a")
    assert kent.listing_links[0].search("https://force.example/hearings/?page=2")
    assert (kent.depth, kent.max_pages, kent.delay) == (3, 10, 0.5)
    assert (iopc.depth, iopc.max_pages, iopc.delay) == (2, 100, 4.0)
    assert config.limits.user_agent.startswith("TestArchive/1.0")
    assert config.limits.timeout == 3
    assert config.warc == tmp_path / "captures"


def site(**values) -> dict:
    return {"site": [{"name": "A", "start": "https://a.example/", **values}]}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "no [[site]] tables"),
        ({"site": [{"name": "A", "start": "https://a.example/"}]}, "outcome_links"),
        (site(outcome_links=["("]), "outcome_links pattern '('"),
        (site(outcome_links=["x"], depht=2), "unknown key(s) depht"),
        (
            {"dealy": 1, **site(outcome_links=["x"])},
            "the top level: unknown key(s) dealy",
        ),
        (site(outcome_links=["x"], max_pages=0), "max_pages must be at least 1"),
        (site(outcome_links=["x"], depth="2"), "depth must be a whole number"),
        (site(outcome_links=["x"], delay=-1), "delay must be a number of seconds"),
        (
            {"site": [{"name": "A", "start": "ftp://a", "outcome_links": ["x"]}]},
            "is not an http(s) address",
        ),
        (
            {"site": [site(outcome_links=["x"])["site"][0]] * 2},
            "site names must differ: A",
        ),
    ],
)
def test_a_mistake_in_the_config_is_an_error_that_names_it(data, message):
    with pytest.raises(ConfigError) as raised:
        parse_config(data)
    assert message in str(raised.value)


def test_a_file_that_is_not_toml_says_so(tmp_path):
    path = tmp_path / "crawl.toml"
    path.write_text("[[site]\nname = ")

    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)


def test_a_missing_file_says_so(tmp_path):
    with pytest.raises(ConfigError, match="No such file"):
        load_config(tmp_path / "nope.toml")


def test_the_example_config_the_readme_shows_is_valid():
    example = Path(__file__).resolve().parents[3] / "crawl.example.toml"

    config = load_config(example)

    assert [site.name for site in config.sites] == [
        "IOPC news",
        "Kent Police misconduct hearing outcomes",
    ]
