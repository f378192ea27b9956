"""Serving benchmark: the case list under load, through gunicorn and whitenoise.

Starts gunicorn (`misconduct.wsgi`, 2 × cores + 1 sync workers, DEBUG off, static files
through whitenoise) on a free port of 127.0.0.1 against the browse benchmark's database
of 100,000 cases, warms it with one request, then runs `wrk -t2 -c20 -d30s --latency`
on the browse benchmark's three-filter list page and stops gunicorn. It does this twice:
with the page cache on, as deployed, and with it off (DJANGO_PAGE_CACHE=0), so that
every request builds the page and its facet counts. All traffic stays on 127.0.0.1.
Results go to stdout and, with --write, into bench/RESULTS.md under "Serving".

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/misconduct_browse_bench \\
        .venv/bin/python bench/serve_benchmark.py [--write]

Needs the database `make bench-browse` fills, and wrk (Debian: `apt-get install wrk`).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from browse_benchmark import LIST  # noqa: E402
from results import machine, write_section  # noqa: E402

THREADS, CONNECTIONS, SECONDS = 2, 20, 30
# wrk gives up on a response after 2 s by default and then records no latency for it;
# uncached list pages queue for longer than that, so allow 10 s and show the real p99.
TIMEOUT = "10s"
TARGET_RPS = {"on": 200, "off": 50}
MEMORY_MB = 100  # growth of each worker's resident memory over the run
RUNS = {
    "on": "page cache on (default)",
    "off": "page cache off (`DJANGO_PAGE_CACHE=0`)",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def workers() -> int:
    return 2 * len(os.sched_getaffinity(0)) + 1


def get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def start_gunicorn(port: int, page_cache: bool) -> subprocess.Popen:
    env = os.environ | {
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_PAGE_CACHE": "1" if page_cache else "0",
    }
    env.pop("DJANGO_DEBUG", None)
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "misconduct.wsgi",
        f"--workers={workers()}",
        f"--bind=127.0.0.1:{port}",
        "--log-level=warning",
    ]
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with status {server.returncode}")
        try:
            if get(f"http://127.0.0.1:{port}/") == 200:
                return server
        except OSError:
            time.sleep(0.2)
    stop(server)
    raise SystemExit("gunicorn did not answer within 60 s")


def stop(server: subprocess.Popen) -> None:
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def parse_wrk(output: str) -> dict:
    """Requests/s, latency percentiles (ms), requests, non-2xx/3xx and socket errors."""

    def ms(text: str) -> float:
        number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
        return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]

    latency = {
        int(p): ms(value)
        for p, value in re.findall(r"^\s+(\d+)%\s+(\S+)\s*$", output, re.M)
    }
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "p50": latency[50],
        "p99": latency[99],
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": sum(map(int, errors.groups())) if errors else 0,
    }


def worker_mb(server: subprocess.Popen) -> dict[int, float]:
    """Resident memory of each gunicorn worker (Linux), by process id."""
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text()
    resident = {}
    for pid in map(int, children.split()):
        status = Path(f"/proc/{pid}/status").read_text()
        resident[pid] = int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024
    return resident


def workers_cpu_s(server: subprocess.Popen) -> float:
    """CPU seconds the gunicorn workers have used so far (Linux, user + system)."""
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text()
    ticks = 0
    for pid in map(int, children.split()):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def run(page_cache: bool) -> dict:
    port = free_port()
    server = start_gunicorn(port, page_cache)
    try:
        base = f"http://127.0.0.1:{port}"
        booted = worker_mb(server)
        warm = get(base + LIST)
        static = get(base + "/static/css/site.css")  # whitenoise, not Django's view
        if warm != 200 or static != 200:
            raise SystemExit(f"list answered {warm}, stylesheet {static}")
        # Each worker reads the public facts on its first list page: an untimed
        # run reaches them all.
        subprocess.run(
            ["wrk", f"-c{CONNECTIONS}", "-d5s", f"--timeout={TIMEOUT}", base + LIST],
            check=True,
            capture_output=True,
        )
        load_before, cpu_before = os.getloadavg()[0], workers_cpu_s(server)
        done = subprocess.run(
            [
                "wrk",
                f"-t{THREADS}",
                f"-c{CONNECTIONS}",
                f"-d{SECONDS}s",
                f"--timeout={TIMEOUT}",
                "--latency",
                base + LIST,
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        served = worker_mb(server)
        cpu = workers_cpu_s(server) - cpu_before
        load = [load_before, os.getloadavg()[0]]
    finally:
        stop(server)
    print(done.stdout, file=sys.stderr)
    growth = [served[pid] - booted[pid] for pid in booted if pid in served]
    measured = parse_wrk(done.stdout)
    return measured | {
        "cpu_ms": cpu * 1000 / max(measured["requests"], 1),
        "load": load,
        "booted_mb": max(booted.values()),
        "served_mb": max(served.values()),
        "growth_mb": max(growth, default=0.0),
    }


def archive_size(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as connection:
        return connection.execute("SELECT count(*) FROM cases_case").fetchone()[0]


def versions() -> str:
    gunicorn = subprocess.run(
        [sys.executable, "-m", "gunicorn", "--version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    wrk = subprocess.run(["wrk", "--version"], capture_output=True, text=True)
    return f"{gunicorn}, {(wrk.stdout or wrk.stderr).splitlines()[0].split(' [')[0]}"


def report(results: dict[str, dict], cases: int) -> str:
    lines = [
        f"gunicorn with {workers()} sync workers (2 × cores + 1), DEBUG off, static "
        f"files through whitenoise, on 127.0.0.1, against the browse benchmark's "
        f"PostgreSQL database ({cases:,} cases), each process with Django's default "
        "in-memory cache; warmed with one request, then `wrk "
        f"-t{THREADS} -c{CONNECTIONS} -d{SECONDS}s --timeout {TIMEOUT} --latency` on "
        f"the list page `{LIST}` (three filters, facet counts). Target: "
        f"≥ {TARGET_RPS['on']} requests/s with the page cache, ≥ {TARGET_RPS['off']} "
        f"without, no errors, and each worker's memory grows by ≤ {MEMORY_MB} MB.",
        "",
        "| run | requests/s | p50 ms | p99 ms | requests | non-2xx | socket errors "
        "| workers' CPU ms a request | load average (2 cores) "
        "| worker MB booted → served (most grown) | target |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |",
    ]
    for key, label in RUNS.items():
        r = results[key]
        ok = r["rps"] >= TARGET_RPS[key] and not r["non_2xx"] and not r["socket_errors"]
        ok = ok and r["growth_mb"] <= MEMORY_MB
        lines.append(
            f"| {label} | {r['rps']:,.1f} | {r['p50']:.1f} | {r['p99']:.1f} | "
            f"{r['requests']:,} | {r['non_2xx']} | {r['socket_errors']} | "
            f"{r['cpu_ms']:.1f} | {r['load'][0]:.1f} → {r['load'][1]:.1f} | "
            f"{r['booted_mb']:.0f} → {r['served_mb']:.0f} (+{r['growth_mb']:.0f}) | "
            f"{'met' if ok else 'MISSED'} |"
        )
    lines += [
        "",
        "With the cache on, a request reads the archive's version (one query) and "
        "sends the page kept for it; each worker builds the page once, on its first "
        "request. With it off, every request builds the page: its 11 facet counts "
        "and the cases listed come from the public facts each worker holds in memory "
        "(`cases.facts`, read on the worker's first list page and again after every "
        "change), the 25 rows and their people from PostgreSQL. That run shows what "
        "any reader meets whose filters no one asked for since the last change. "
        "The workers' CPU a request is what the page costs the web processes, "
        "however busy the machine: on two cores that nothing else uses, the "
        "workers alone could serve about 2000 / that many requests a second "
        "(PostgreSQL and wrk take their share of the same cores).",
        "",
        f"Machine: {machine()}; {versions()}; PostgreSQL, gunicorn and wrk on the "
        "same host, which other work shared while measuring.",
        "",
        "Re-run: `make bench-serve` (after `make bench-browse` has filled its "
        "database).",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to the browse benchmark's database.")
    if shutil.which("wrk") is None:
        raise SystemExit(
            "wrk is not installed: `apt-get install wrk` (Debian package)."
        )
    cases = archive_size(url)
    if not cases:
        raise SystemExit("The database is empty: run `make bench-browse` first.")
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "--verbosity=0"],
        cwd=ROOT,
        check=True,
    )
    results = {key: run(page_cache=key == "on") for key in RUNS}
    text = report(results, cases)
    print(text)
    if args.write:
        write_section("Serving", text)


if __name__ == "__main__":
    main()
