"""`judge doctor`: what this machine offers the sandbox, and what `auto` would choose."""

from __future__ import annotations

import json
import platform
import shutil
import subprocess
import sys

import click

from judge.backends.cgroup import pids_parent
from judge.backends.native import bubblewrap, interpreter, isolation

DOCKER_IMAGE = "judge-sandbox:latest"


def _bubblewrap() -> tuple[str, str]:
    path = shutil.which("bwrap")
    if path is None:
        return "missing", "not installed: apt-get install bubblewrap"
    version = subprocess.run([path, "--version"], capture_output=True, text=True).stdout.strip()
    if bubblewrap() is None:
        return "broken", f"{path} ({version}) cannot create namespaces on this machine"
    return "ok", f"{path} ({version})"


def _docker() -> tuple[str, str]:
    try:
        import docker

        client = docker.from_env(timeout=3)
        client.ping()
    except Exception as exc:  # the SDK raises many kinds; all mean "no daemon reachable"
        return "unavailable", f"no Docker daemon reachable ({type(exc).__name__})"
    try:
        client.images.get(DOCKER_IMAGE)
        image = f"image {DOCKER_IMAGE} present"
    except Exception:
        image = f"image {DOCKER_IMAGE} not built"
    version = client.version().get("Version", "?")
    return "ok", f"daemon {version}; {image} (the docker backend is not available in this version)"


def checks() -> list[dict]:
    cgroup = pids_parent()
    bwrap_status, bwrap_detail = _bubblewrap()
    docker_status, docker_detail = _docker()
    auto = isolation(bubblewrap(), cgroup is not None)
    return [
        {"check": "python", "status": "ok", "detail": f"{platform.python_version()} at {interpreter()}"},
        {"check": "bubblewrap", "status": bwrap_status, "detail": bwrap_detail},
        {"check": "docker", "status": docker_status, "detail": docker_detail},
        {
            "check": "cgroups",
            "status": "ok" if cgroup else "unavailable",
            "detail": f"pids cgroups under {cgroup}" if cgroup else "no writable pids cgroup; rlimits only",
        },
        {
            "check": "auto sandbox",
            "status": auto.level,
            "detail": f"{auto.backend}: {', '.join(auto.measures)}",
        },
    ]


@click.command("doctor")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def command(fmt: str) -> None:
    """Report Python, bubblewrap, Docker, cgroups, and the isolation `auto` gives."""
    from tabulate import tabulate  # imported here: it costs every other command 60 ms

    results = checks()
    if fmt == "json":
        click.echo(json.dumps(results, indent=2))
        return
    click.echo(tabulate([list(r.values()) for r in results], ["check", "status", "detail"]))
    if results[1]["status"] != "ok":
        click.echo("\nWithout bubblewrap, isolation is reduced: install it for a real sandbox.", err=True)
    sys.exit(0)
