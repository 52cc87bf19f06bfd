"""Load test: `dossier serve` over the BBC index, driven by wrk for 60 s at 32 connections.

Prints requests per second, p50/p95/p99 latency and the error count, and PASS or FAIL
against the targets (0 errors, p95 < 200 ms). Run with `make load`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpora" / "bbc"
#: The mix: searches (words, phrases, filters, browsing), source views and API calls.
PATHS = [
    "/?q=election",
    "/?q=%22prime+minister%22",
    "/?q=economy+growth",
    "/?q=",
    "/?q=film&group=source",
    "/?q=government&sort=published",
    "/?q=blair&speaker=Tony+Blair",
    "/?q=music&page=2",
    "/api/search?q=football",
    "/api/search?q=%22interest+rates%22&per_page=50",
    "/api/search?q=elction",
    "/api/search?q=brown&source=-politics%2F001.txt",
    "/api/sources",
    "/healthz",
    "/source/politics/001.txt?q=maternity&p=3",
    "/source/business/010.txt",
    "/source/sport/100.txt",
    "/api/sources/tech/050.txt",
]
LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT {\\"requests\\": %%d, \\"seconds\\": %%.3f, \\"errors\\": %%d, "
    .. "\\"p50\\": %%.2f, \\"p95\\": %%.2f, \\"p99\\": %%.2f}\\n",
    summary.requests, summary.duration / 1e6, errors,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--index", type=Path, default=ROOT / "instance" / "bench-bbc")
    args = parser.parse_args()
    dossier = str(Path(sys.executable).parent / "dossier")
    subprocess.run([dossier, "index", str(BBC), "--index", str(args.index)], check=True)
    port = free_port()
    server = subprocess.Popen([dossier, "serve", "--port", str(port), "--index", str(args.index)])
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=1):
                    break
            except OSError:
                time.sleep(0.2)
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(LUA % ", ".join(json.dumps(p) for p in PATHS))
        run = subprocess.run(
            [
                "wrk",
                "-t2",
                f"-c{args.connections}",
                f"-d{args.seconds}s",
                "--timeout",
                "10s",
                "-s",
                script.name,
                base,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        os.unlink(script.name)
    finally:
        server.terminate()
        server.wait(timeout=10)
    result = json.loads(re.search(r"RESULT (\{.*\})", run.stdout)[1])
    rps = result["requests"] / result["seconds"]
    ok = result["errors"] == 0 and result["p95"] < 200
    print(f"\nload: {args.connections} connections for {args.seconds} s, BBC index, waitress with 8 threads")
    print(f"{'requests/s':>12} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}")
    print(f"{rps:12.1f} {result['p50']:8.1f} {result['p95']:8.1f} {result['p99']:8.1f} {result['errors']:7d}")
    print(f"target 0 errors and p95 < 200 ms: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
