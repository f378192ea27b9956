"""Collecting documents from the web: fetch pages politely, crawl listings, write WARC.

`fetch` (HTTP, robots.txt, limits), `links` (which links of a page to follow), `config`
(the crawl config file), `crawl` (the crawl loop) and `warc` are pure of the ORM; the
archive side is `cases.ingest.save.captures`, wired in by `cases.ingest.pipeline`.
"""
