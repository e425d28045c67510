"""`judge doctor`: what this machine offers the sandbox, and what `auto` would choose."""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys

import click

from judge import strict_json
from judge.backends import container
from judge.backends.cgroup import pids_parent
from judge.backends.native import bubblewrap, interpreter, isolation
from judge.errors import JudgeError


def _bubblewrap() -> tuple[str, str]:
    path = shutil.which("bwrap")
    if path is None:
        return "missing", "not installed: apt-get install bubblewrap"
    version = subprocess.run([path, "--version"], capture_output=True, text=True).stdout.strip()
    if bubblewrap() is None:
        return "broken", f"{path} ({version}) cannot create namespaces on this machine"
    return "ok", f"{path} ({version})"


def _docker() -> list[dict]:
    """The daemon, and the sandbox image on it; a daemon that does not answer says what to do."""
    try:
        connected = container.client(timeout=3)
    except JudgeError as exc:
        return [{"check": "docker", "status": "unavailable", "detail": str(exc)}]
    try:
        version = connected.version().get("Version", "?")
        image = container.has_image(connected)
        leftovers = container.orphans(connected)
    finally:
        connected.close()
    found = [{"check": "docker", "status": "ok", "detail": f"daemon {version} answers"}]
    if image:
        found.append({"check": "docker image", "status": "ok", "detail": f"{container.IMAGE} is built"})
    else:
        found.append(
            {"check": "docker image", "status": "missing", "detail": f"{container.IMAGE}: run `judge sandbox build`"}
        )
    if leftovers:
        names = ", ".join(c.name for c in leftovers)
        detail = f"{names}, left by judges that were killed; the next docker run removes them"
        found.append({"check": "docker leftovers", "status": "warning", "detail": detail})
    return found


def checks() -> list[dict]:
    cgroup = pids_parent()
    bwrap_status, bwrap_detail = _bubblewrap()
    docker = _docker()
    if all(item["status"] == "ok" for item in docker):
        auto = container.isolation()
    else:
        auto = isolation(bubblewrap(), cgroup is not None)
    return [
        {"check": "python", "status": "ok", "detail": f"{platform.python_version()} at {interpreter()}"},
        {"check": "bubblewrap", "status": bwrap_status, "detail": bwrap_detail},
        *docker,
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
    """Report Python, bubblewrap, Docker and its image, cgroups, and the sandbox `auto` chooses."""
    from tabulate import tabulate  # imported here: it costs every other command 60 ms

    results = checks()
    if fmt == "json":
        click.echo(strict_json.dumps(results, indent=2))
        return
    click.echo(tabulate([list(r.values()) for r in results], ["check", "status", "detail"]))
    if results[1]["status"] != "ok" and results[-1]["status"] != "full":
        click.echo("\nWithout bubblewrap, isolation is reduced: install it for a real sandbox.", err=True)
    sys.exit(0)
