"""Settings: packaged defaults, then a user file, then the environment, then flags.

Settings (name: default — meaning):

- ``db``: ``talentflow.duckdb`` — the DuckDB file (env ``TALENTFLOW_DB``, flag ``--db``).
- ``max_file_mb``: ``20`` — files larger than this many megabytes are quarantined, not read
  (env ``TALENTFLOW_MAX_FILE_MB``, flag ``--max-file-mb``).
- ``extract``: ``true`` — run extraction on newly ingested documents (flag ``--no-extract``).

The user file is TOML: ``$TALENTFLOW_CONFIG`` if set, else ``~/.config/talentflow/config.toml``
when it exists, with a ``[talentflow]`` table or top-level keys, e.g. ``max_file_mb = 50``.

>>> load_settings(overrides={"max_file_mb": 5}, user_file=None, env={}).max_file_mb
5.0
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Mapping

from talentflow.errors import TalentflowError

DEFAULTS: dict[str, Any] = {"db": "talentflow.duckdb", "max_file_mb": 20.0, "extract": True}
ENV_VARS = {"db": "TALENTFLOW_DB", "max_file_mb": "TALENTFLOW_MAX_FILE_MB"}
USER_FILE = Path("~/.config/talentflow/config.toml")
_UNSET = object()


@dataclass(frozen=True)
class Settings:
    """The effective settings (see the module docstring for each one)."""

    db: str = DEFAULTS["db"]
    max_file_mb: float = DEFAULTS["max_file_mb"]
    extract: bool = DEFAULTS["extract"]

    @property
    def max_file_bytes(self) -> int:
        """The size limit in bytes.

        >>> Settings(max_file_mb=1).max_file_bytes
        1048576
        """
        return int(self.max_file_mb * 1024 * 1024)


def _coerce(name: str, value: Any, where: str) -> Any:
    try:
        if name == "max_file_mb":
            out = float(value)
            if out <= 0:
                raise ValueError
            return out
        if name == "extract":
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        return str(value)
    except (TypeError, ValueError):
        raise TalentflowError(
            f"Setting '{name}' from {where} is {value!r}; it must be a positive number.") from None


def _user_file_values(path: Path | None) -> dict[str, Any]:
    if path is None or not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise TalentflowError(f"Config file {path} is not valid TOML: {e}") from None
    data = data.get("talentflow", data)
    valid = {f.name for f in fields(Settings)}
    unknown = sorted(set(data) - valid)
    if unknown:
        raise TalentflowError(f"Config file {path}: unknown setting(s) {', '.join(unknown)}; "
                              f"valid settings: {', '.join(sorted(valid))}.")
    return data


def default_user_file(env: Mapping[str, str] | None = None) -> Path:
    """The user config path: ``$TALENTFLOW_CONFIG`` or ``~/.config/talentflow/config.toml``.

    >>> default_user_file({"TALENTFLOW_CONFIG": "/tmp/x.toml"}).name
    'x.toml'
    """
    env = os.environ if env is None else env
    return Path(env.get("TALENTFLOW_CONFIG") or USER_FILE).expanduser()


def load_settings(overrides: Mapping[str, Any] | None = None,
                  user_file: Path | None | object = _UNSET,
                  env: Mapping[str, str] | None = None) -> Settings:
    """Merge defaults, user file, environment and ``overrides`` (flags; None = not given).

    >>> load_settings(env={"TALENTFLOW_MAX_FILE_MB": "3"}, user_file=None).max_file_mb
    3.0
    """
    env = os.environ if env is None else env
    path = default_user_file(env) if user_file is _UNSET else user_file
    values: dict[str, Any] = dict(DEFAULTS)
    for k, v in _user_file_values(path).items():  # type: ignore[arg-type]
        values[k] = _coerce(k, v, f"config file {path}")
    for k, var in ENV_VARS.items():
        if env.get(var):
            values[k] = _coerce(k, env[var], f"${var}")
    for k, v in (overrides or {}).items():
        if v is not None:
            values[k] = _coerce(k, v, f"--{k.replace('_', '-')}")
    return Settings(**values)
