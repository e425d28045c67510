"""`judge sandbox build [--base IMAGE]`: build the Docker backend's image from sandbox/Dockerfile."""

from __future__ import annotations

import time

import click

from judge.backends.container import IMAGE, client
from judge.errors import JudgeError
from judge.paths import runner_path

DEFAULT_BASE = "python:3.11-slim"


@click.group("sandbox")
def group() -> None:
    """The Docker sandbox: `judge sandbox build` makes its image."""


@group.command("build")
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base image: any image with python3 >= 3.9.")
def build(base: str) -> None:
    """Build the sandbox image that `--sandbox docker` (and `auto`) runs solutions in."""
    import docker

    connected = client(timeout=600)
    context = runner_path().parent  # sandbox/: the Dockerfile beside the runner
    click.echo(f"building {IMAGE} from {base} ...", err=True)
    started = time.monotonic()
    try:
        image, _ = connected.images.build(
            path=str(context), tag=IMAGE, buildargs={"BASE": base}, rm=True, forcerm=True, pull=False
        )
    except (docker.errors.BuildError, docker.errors.APIError) as exc:
        said = [str(entry.get("stream") or entry.get("error") or "").strip() for entry in getattr(exc, "build_log", [])]
        why = ([line for line in said if line] or [getattr(exc, "explanation", None) or str(exc)])[-1]
        raise JudgeError(
            f"building {IMAGE} from {base} failed: {why}. Is {base!r} available locally? Without a registry, "
            "load or import any image with python3 (the judge's repository does it with debootstrap and "
            "`docker import` in .ci/docker-base) and pass it with --base."
        ) from None
    finally:
        connected.close()
    size, short_id = image.attrs.get("Size", 0) >> 20, image.short_id.removeprefix("sha256:")
    click.echo(f"built {IMAGE} ({short_id}, {size} MB) in {time.monotonic() - started:.1f} s")
    click.echo("`judge run` now uses it by default (auto); `--sandbox docker` asks for it explicitly.")
