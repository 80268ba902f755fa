"""`pixrma config set KEY VALUE` / `config unset KEY` / `config show`: the settings file from the command line.

Keys are ``section.field`` (``support.rt_url``, ``support.rt_cf_serials`` …). Secrets are never settings:
`config show` says only whether credentials are stored in the keyring.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import json
import typing
from typing import Any, Literal

from pixrma_desktop.commands import exit_codes
from pixrma_desktop.commands.context import CliContext
from pixrma_desktop.settings import Settings, SupportSettings, check_setting, save_settings


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "config", help="show or change settings (support server, queues, field names …)", description=__doc__
    )
    actions = parser.add_subparsers(dest="config_action", metavar="ACTION")
    show = actions.add_parser("show", help="print every setting as KEY = VALUE (never a secret)")
    show.add_argument("section", nargs="?", help="only this section (cameras, evidence, support, ui)")
    show.add_argument("--json", action="store_true", help="print JSON")
    put = actions.add_parser("set", help="change one setting, e.g. `config set support.rt_url https://rt.example.com`")
    put.add_argument("key", help="section.field, e.g. support.rt_support_queue")
    put.add_argument("value", help="the new value (lists: comma-separated; booleans: true/false)")
    unset = actions.add_parser("unset", help="put one setting back to its default")
    unset.add_argument("key")
    parser.set_defaults(func=run, config_parser=parser)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    action = getattr(args, "config_action", None)
    if action == "set":
        return _set(ctx, args.key, args.value)
    if action == "unset":
        return _set(ctx, args.key, None)
    if action == "show":
        return _show(ctx, args.section, as_json=args.json)
    args.config_parser.print_help(ctx.err)
    return exit_codes.USAGE


def all_keys(settings: Settings) -> list[str]:
    return [
        f"{section.name}.{item.name}"
        for section in dataclasses.fields(settings)
        for item in dataclasses.fields(getattr(settings, section.name))
    ]


def parse_value(annotation: Any, text: str) -> Any:
    """``text`` as a value of the settings field's type; ``ValueError`` with a sentence otherwise."""
    origin = typing.get_origin(annotation)
    if origin is Literal:
        choices = typing.get_args(annotation)
        if text not in choices:
            raise ValueError(f"must be one of: {', '.join(map(str, choices))}")
        return text
    if origin is list:
        return [part.strip() for part in text.split(",") if part.strip()]
    if annotation is bool:
        lowered = text.strip().lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
        raise ValueError("must be true or false")
    if annotation is int:
        try:
            return int(text)
        except ValueError:
            raise ValueError("must be a whole number") from None
    if annotation is float:
        try:
            number = float(text)
        except ValueError:
            raise ValueError("must be a number") from None
        if number < 0:
            raise ValueError("must not be negative")
        return number
    return text


def _locate(settings: Settings, key: str) -> tuple[Any, str, Any]:
    section_name, _, field_name = key.partition(".")
    section = getattr(settings, section_name, None) if section_name else None
    if section is None or not dataclasses.is_dataclass(section) or not field_name:
        raise KeyError(key)
    hints = typing.get_type_hints(type(section))
    if field_name not in hints:
        raise KeyError(key)
    return section, field_name, hints[field_name]


def _check_support(section: SupportSettings, field_name: str) -> None:
    from pixrma_desktop.support.transport import check_base_url, verify_option

    if field_name == "rt_url" and section.rt_url:
        check_base_url(section.rt_url)
    if field_name == "ca_bundle":
        verify_option(section.ca_bundle)


def _set(ctx: CliContext, key: str, text: str | None) -> int:
    settings = ctx.settings
    try:
        section, field_name, annotation = _locate(settings, key)
    except KeyError:
        close = difflib.get_close_matches(key, all_keys(settings), n=3)
        hint = f" Did you mean {' or '.join(close)}?" if close else " `pixrma config show` lists every key."
        print(f"error: there is no setting {key!r}.{hint}", file=ctx.err)
        return exit_codes.USAGE
    if text is None:
        value = getattr(type(section)(), field_name)
    else:
        try:
            value = parse_value(annotation, text)
        except ValueError as exc:
            print(f"error: {key} {exc}.", file=ctx.err)
            return exit_codes.USAGE
        why = check_setting(key, annotation, value)
        if why is not None:
            print(f"error: {key} {why}; {text!r} is not.", file=ctx.err)
            return exit_codes.USAGE
    old = getattr(section, field_name)
    setattr(section, field_name, value)
    if isinstance(section, SupportSettings):
        from pixrma_desktop.support.backend import SupportError

        try:
            _check_support(section, field_name)
        except SupportError as exc:
            setattr(section, field_name, old)
            print(f"error: {exc}", file=ctx.err)
            return exit_codes.USAGE
    try:
        save_settings(settings, ctx.paths.settings_file)
    except OSError as exc:
        print(f"error: could not save {ctx.paths.settings_file}: {exc.strerror}", file=ctx.err)
        return exit_codes.FAILED
    print(f"{key} = {_show_value(value)}", file=ctx.out)
    if key == "support.rt_url" and value != old:
        print("Log in to this server with `pixrma login`.", file=ctx.out)
    return exit_codes.OK


def _show_value(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if value != "" else '""'


def credential_line(support: SupportSettings) -> str:
    """Whether credentials for the configured server are stored, never what they are."""
    from pixrma_desktop.support.backend import SupportError
    from pixrma_desktop.support.credentials import KeyringCredentials, rt_account, smtp_account

    if support.backend == "smtp":
        if not support.smtp_user:
            return "no SMTP login configured (support.smtp_user is empty)"
        account = smtp_account(support.smtp_host, support.smtp_port, support.smtp_user)
    elif support.rt_url:
        account = rt_account(support.rt_url)
    else:
        return "none (no support server configured)"
    store = KeyringCredentials()
    try:
        credential = store.get(account)
        place = store.place()
    except SupportError as exc:
        return f"unknown: {exc}"
    return f"{credential} stored in {place}" if credential else "none stored; run `pixrma login`"


def _show(ctx: CliContext, section_name: str | None, *, as_json: bool) -> int:
    settings = ctx.settings
    data = dataclasses.asdict(settings)
    if section_name:
        if section_name not in data:
            print(f"error: no settings section {section_name!r} ({', '.join(data)}).", file=ctx.err)
            return exit_codes.USAGE
        data = {section_name: data[section_name]}
    if as_json:
        print(json.dumps(data, indent=2, sort_keys=True), file=ctx.out)
        return exit_codes.OK
    print(f"# {ctx.paths.settings_file}", file=ctx.out)
    for section, values in data.items():
        for name, value in values.items():
            print(f"{section}.{name} = {_show_value(value)}", file=ctx.out)
    if "support" in data:
        print(f"# support credentials: {credential_line(settings.support)}", file=ctx.out)
    return exit_codes.OK
