"""Localized messages for every Tencent Cloud SMH API error code, and
exceptions to catch them by category.

    import smh_errors

    try:
        smh_errors.raise_for_response(body)
    except smh_errors.AuthFailure as e:
        print(e.localized("zh-CN"), e.request_id)

Every rule (locale negotiation, code fallback, response parsing, the category
of a code, retry policy) is answered by the Rust core in ``smh_errors._native``;
this module turns its answers into Python values and exceptions.

``ErrorCode`` and the category exception classes are built on first use
(module ``__getattr__``), so that ``import smh_errors`` stays as cheap as
``import gettext``.
"""

from __future__ import annotations

import os as _os
from _thread import allocate_lock as _allocate_lock

from . import _native
from ._native import Entry

# Not `typing.TYPE_CHECKING`: importing typing (with re, enum,
# contextlib) would double the import time. Type checkers read __init__.pyi.
_TYPE_CHECKING = False
if _TYPE_CHECKING:
    from os import PathLike as _PathLike

    from ._codes import ErrorCode

__all__ = [
    "Catalog",
    "CatalogError",
    "Entry",
    "ErrorCode",
    "ResponseParseError",
    "SmhError",
    "__version__",
    "categories",
    "codes",
    "default_locale",
    "from_exception",
    "lookup",
    "message",
    "negotiate",
    "parse_response",
    "raise_for_response",
]

__version__: str = _native.VERSION

# At most this many locale arguments (of at most _MAX_LOCALE_KEY
# characters, or None) get their table kept, per catalog.
_CACHE_LOCALES = 64
_MAX_LOCALE_KEY = 128


class _Answers:
    """One catalog's answers kept per locale argument: the core's table of
    the locale (every registered code's message and :class:`Entry`), read in
    one call the first time the locale is asked for. Any other code is asked
    of the core on every call."""

    __slots__ = ("native", "messages", "entries", "_lock")

    def __init__(self, native: _native.NativeCatalog) -> None:
        self.native = native
        self.messages: dict[str | None, dict[str, str]] = {}
        self.entries: dict[str | None, dict[str, Entry]] = {}
        self._lock = _allocate_lock()

    def _load(self, locale: object) -> bool:
        """Whether the table of ``locale`` is kept, reading it if it may be."""
        if locale is not None and (type(locale) is not str or len(locale) > _MAX_LOCALE_KEY):
            return False
        if locale in self.entries:
            return True
        with self._lock:
            if locale not in self.entries:
                if len(self.entries) >= _CACHE_LOCALES:
                    return False
                messages, entries = self.native.table(locale)  # type: ignore[arg-type]
                self.messages[locale] = messages  # type: ignore[index]
                self.entries[locale] = entries  # type: ignore[index]
        return True

    def message(self, code: str, locale: str | None) -> str:
        """The message when the kept tables do not hold it."""
        if self._load(locale):
            try:
                return self.messages[locale][code]
            except (KeyError, TypeError):
                pass
        return self.native.message(code, locale)

    def lookup(self, code: str, locale: str | None) -> Entry:
        """The entry when the kept tables do not hold it."""
        if self._load(locale):
            try:
                return self.entries[locale][code]
            except (KeyError, TypeError):
                pass
        return self.native.lookup(code, locale)


def _functions(native: _native.NativeCatalog):  # type: ignore[no-untyped-def]
    """``message(code, locale=None)`` and ``lookup(code, locale=None)`` for
    one catalog, answering a registered code from the kept table of its
    locale: two dict lookups, as a dict of dicts would."""
    answers = _Answers(native)
    messages, entries = answers.messages, answers.entries

    def message(code: str, locale: str | None = None) -> str:
        """The localized message for ``code`` in ``locale`` (BCP 47, POSIX or
        an Accept-Language list; ``None``: the environment's locale). Never
        fails for a ``str`` code: unknown codes get their parent's or the
        generic message."""
        try:
            return messages[locale][code]
        except (KeyError, TypeError):
            return answers.message(code, locale)

    def lookup(code: str, locale: str | None = None) -> Entry:
        """The full answer for ``code`` in ``locale``: an immutable
        :class:`Entry` with ``message``, ``locale``, ``resolution``
        (``exact``, ``parent``, ``generic``), ``matched``, ``kind``,
        ``retryable``, ``status``, ``doc_url``, ``code``."""
        try:
            return entries[locale][code]
        except (KeyError, TypeError):
            return answers.lookup(code, locale)

    return message, lookup


_GLOBAL = _native.NativeCatalog.global_catalog()

message, lookup = _functions(_GLOBAL)
message.__qualname__ = "message"
lookup.__qualname__ = "lookup"


def negotiate(requested: str) -> str:
    """The catalog locale that ``requested`` resolves to: ``"zh-CN"`` for
    ``"zh_CN.UTF-8"``, ``"en-US"`` for ``"C"`` or garbage."""
    return _GLOBAL.negotiate(requested)


def default_locale() -> str:
    """The catalog locale used when no locale is given (from
    ``SMH_ERRORS_LOCALE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; else en-US)."""
    return _native.default_locale()


# ---------------------------------------------------------------------------
# ErrorCode: a str enum of every code in the registry (catalog/codes.toml),
# built from the core's table (member names included) on first use.

_CODE_ROWS: dict[str, tuple[str, str, bool, str, str | None, str | None, str, str]] = {}
_LAZY: dict[str, object] = {}
# Threads asking for ErrorCode at once get the same class.
_BUILD_LOCK = _allocate_lock()


def _build_error_code() -> type:
    """``ErrorCode``, made once from the core's rows."""
    from enum import Enum

    _CODE_ROWS.update((row[0], row) for row in _native.codes())

    class _ErrorCodeBase(str, Enum):
        """Members are built below from the registry; see ``ErrorCode``."""

        def __str__(self) -> str:
            return str(self.value)

        def __format__(self, spec: str) -> str:
            return format(str(self.value), spec)

        @property
        def kind(self) -> str:
            """``"common"`` or ``"business"``."""
            return _CODE_ROWS[self.value][1]

        @property
        def retryable(self) -> bool:
            """Whether a client may retry after a backoff."""
            return _CODE_ROWS[self.value][2]

        @property
        def status(self) -> str:
            """``"current"``, or ``"retired"`` when no current official source
            lists the code any more (it still answers with its own message)."""
            return _CODE_ROWS[self.value][7]

        @property
        def category(self) -> str:
            """The top-level category (``AuthFailure``)."""
            return _CODE_ROWS[self.value][3]

        @property
        def doc_url(self) -> str | None:
            """The documentation link in the source locale (en-US), if any; a
            lookup's ``doc_url`` gives the link in the locale that answered."""
            return _CODE_ROWS[self.value][4]

        @property
        def parent(self) -> object:
            """The nearest registered ancestor (an ``ErrorCode``), if any."""
            p = _CODE_ROWS[self.value][5]
            return None if p is None else cls(p)

    cls = _ErrorCodeBase(  # type: ignore[call-overload]
        "ErrorCode",
        [(row[6], code) for code, row in _CODE_ROWS.items()],
        module=__name__,
        qualname="ErrorCode",
    )
    cls.__doc__ = (
        "Every SMH error code of the registry, as a ``str`` enum: "
        "``ErrorCode.AuthFailure_SignatureFailure == 'AuthFailure.SignatureFailure'`` "
        "(member names are the codes with ``.`` as ``_``)."
    )
    return cls  # type: ignore[no-any-return]


def __getattr__(name: str) -> object:
    """``ErrorCode`` and the category classes, built on first use."""
    v = _LAZY.get(name)
    if v is not None:
        return v
    if name == "ErrorCode":
        with _BUILD_LOCK:
            v = _LAZY.get(name)
            if v is None:
                v = _LAZY[name] = globals()[name] = _build_error_code()
        return v
    if name in _CATEGORIES:
        return _category_class(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def codes() -> list[ErrorCode]:
    """Every code of the registry, in registry order."""
    return list(__getattr__("ErrorCode"))  # type: ignore[call-overload]


def categories() -> list[str]:
    """The registry's top-level categories (one exception class each)."""
    return list(_native.categories())


# ---------------------------------------------------------------------------
# Exceptions.


class ResponseParseError(ValueError):
    """A response body that is not an SMH API response. ``kind`` names what
    was wrong, as in every binding (``too_large``, ``syntax``, ...: the list
    of ``catalog/parse-errors.toml``, typed as ``ParseErrorKindName``). The
    extension raises this class itself (the one definition, here)."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message, kind)

    @property
    def kind(self) -> str:
        """The core's name for the problem (``syntax``, ``wrong_type``, ...)."""
        return str(self.args[1])

    def __str__(self) -> str:
        return str(self.args[0])


class CatalogError(ValueError):
    """An overlay catalog that could not be loaded. ``str()`` is the full
    report; ``diagnostics`` lists ``(path, line, col, severity, rule,
    message)`` tuples."""

    def __init__(self, text: str, diagnostics: list[tuple[str, int, int, str, str, str]]) -> None:
        super().__init__(text, diagnostics)

    @property
    def diagnostics(self) -> list[tuple[str, int, int, str, str, str]]:
        """Every problem found, errors and warnings."""
        return list(self.args[1])

    def __str__(self) -> str:
        return str(self.args[0])


_CATEGORY_NAMES: list[str] = _native.categories()
_CATEGORIES = frozenset(_CATEGORY_NAMES)
_CATEGORY_CLASSES: dict[str, type[SmhError]] = {}


class SmhError(Exception):
    """An error the SMH API returned. ``message`` is the server's own text (as
    on the official SDKs' exceptions); ``localized(locale)`` is the catalog's.

    ``SmhError(code, ...)`` returns an instance of the code's category class
    (``AuthFailure`` for ``AuthFailure.SignatureFailure``) when the registry
    has that category."""

    #: The top-level category this class catches (``None``: any).
    category: str | None = None

    def __new__(cls, *args: object, **kwargs: object) -> SmhError:
        if cls is SmhError:
            code = args[0] if args else kwargs.get("code")
            cat = _native.category_of(code) if isinstance(code, str) else None
            if cat is not None:
                cls = _category_class(cat)
        return super().__new__(cls, *args, **kwargs)  # type: ignore[no-any-return]

    def __init__(self, code: str, message: str | None = None, request_id: str | None = None) -> None:
        if not isinstance(code, str):
            raise TypeError(f"code must be a str, not {type(code).__name__}")
        if type(code) is not str:  # an ErrorCode member or another str subclass
            code = str.__str__(code)
        if message is not None and not isinstance(message, str):
            raise TypeError(f"message must be a str or None, not {type(message).__name__}")
        if request_id is not None and not isinstance(request_id, str):
            raise TypeError(f"request_id must be a str or None, not {type(request_id).__name__}")
        super().__init__(code, message, request_id)
        self.code: str = code
        self.message: str | None = message
        self.request_id: str | None = request_id

    @property
    def server_message(self) -> str | None:
        """The server's text (the same as ``message``)."""
        return self.message

    @property
    def retryable(self) -> bool:
        """Whether the request may be sent again after a backoff (the code's,
        or its nearest registered parent's, policy)."""
        return _native.retryable(self.code)

    def localized(self, locale: str | None = None) -> str:
        """The catalog's message for this error in ``locale`` (``None``: the
        environment's locale)."""
        return message(self.code, locale)

    def lookup(self, locale: str | None = None) -> Entry:
        """The catalog's full answer for this error's code."""
        return lookup(self.code, locale)

    def detail(self, locale: str | None = None) -> str | None:
        """The server message's localized detail in ``locale`` (``None``: the
        environment's locale): for ``Parameter `LibraryId` format invalid.``,
        ``参数 LibraryId 的格式无效。`` in zh-CN, the server's text escaped;
        ``None`` when the message is absent or matches no known pattern."""
        return _GLOBAL.detail(self.code, self.message, locale)

    def explain(self, locale: str | None = None) -> str:
        """What a person should read about this error in ``locale`` (``None``:
        the environment's locale), as ``smh-errors parse`` prints it: the
        catalog's answer for the code (``Code [locale, resolution, kind,
        retryable]``, then the message and its link, indented), then
        ``detail:``, ``server:`` and ``request id:`` lines, each left out when
        absent or empty, the server's text escaped."""
        return _GLOBAL.explain_error(self.code, self.message, self.request_id, locale)

    def __str__(self) -> str:
        """``Code: message (RequestId: id)``, rendered by the core: control
        and invisible characters escaped, empty parts left out."""
        return _native.error_text(self.code, self.message, self.request_id)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, message={self.message!r}, request_id={self.request_id!r})"


def _category_class(name: str) -> type[SmhError]:
    """The exception class of a registry category, made on first use."""
    cls = _CATEGORY_CLASSES.get(name)
    if cls is None:
        doc = f"Any SMH error whose code is ``{name}`` or ``{name}.*``."
        ns = {"__module__": __name__, "__qualname__": name, "__doc__": doc, "category": name}
        cls = _CATEGORY_CLASSES.setdefault(name, type(name, (SmhError,), ns))
        _LAZY[name] = globals()[name] = cls
    return cls


__all__ += _CATEGORY_NAMES


# ---------------------------------------------------------------------------
# Responses.


def _body_bytes(body: object) -> tuple[bytes, bool]:
    """The bytes of a body given as ``bytes``-like, ``str``, or decoded JSON,
    and whether they are text (a ``str``, whose lone surrogates the core
    answers as it answers their JSON escapes)."""
    if isinstance(body, bytes):
        return body, False
    if isinstance(body, str):
        return body.encode("utf-8", "surrogatepass"), True
    if isinstance(body, (bytearray, memoryview)):
        return bytes(body), False
    if isinstance(body, (dict, list)):
        import json

        try:
            text = json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        except RecursionError:
            raise _native.decoded_error("too_deep") from None
        except (TypeError, ValueError):
            raise _native.decoded_error("not_json") from None
        return text.encode("utf-8", "surrogatepass"), True
    raise TypeError(f"a response body is bytes, str or a decoded JSON dict, not {type(body).__name__}")


def parse_response(body: bytes | str | dict[str, object]) -> SmhError | None:
    """Reads an SMH API response body (``bytes``, ``str``, or the ``dict``
    that ``json.loads`` made of it). Returns the error as an
    :class:`SmhError` (of its category's class) to raise or inspect, or
    ``None`` for a successful response. Raises :class:`ResponseParseError`
    (a ``ValueError``) for anything else, saying what was wrong; ``TypeError``
    for a body of another type."""
    data, from_text = _body_bytes(body)
    r = _native.parse(data, from_text)
    if r[0] == "success":
        return None
    return SmhError(r[1], r[2], r[3])


def raise_for_response(body: bytes | str | dict[str, object]) -> None:
    """Raises the response's :class:`SmhError` if it is an error; returns
    ``None`` for success; raises :class:`ResponseParseError` if it is
    malformed."""
    err = parse_response(body)
    if err is not None:
        raise err


def from_exception(exc: BaseException) -> SmhError | None:
    """An :class:`SmhError` for any exception carrying ``code``, ``message``
    and ``requestId`` attributes (or ``request_id``, or the getters
    ``get_code()``/``get_message()``/``get_request_id()``), such as the
    official SDK's ``TencentCloudSDKException``. Its ``__cause__`` is
    ``exc``. A code that is not a string is converted with ``str()``.
    ``None`` for an exception with no code (none, ``None`` or empty: a
    failure on the client's side, such as a network error), as in every
    binding."""
    if isinstance(exc, SmhError):
        return exc

    def attr(names: tuple[str, ...], getter: str) -> object:
        for n in names:
            if hasattr(exc, n):
                return getattr(exc, n)
        g = getattr(exc, getter, None)
        return g() if callable(g) else None

    code = attr(("code",), "get_code")
    if code is None or code == "":
        return None
    msg = attr(("message",), "get_message")
    rid = attr(("requestId", "request_id"), "get_request_id")
    err = SmhError(str(code), None if msg is None else str(msg), None if rid is None else str(rid))
    err.__cause__ = exc
    return err


# ---------------------------------------------------------------------------
# Catalogs with overlays.


class Catalog:
    """A catalog: the builtin one (``Catalog.builtin()``), the global one the
    module functions use (``Catalog.global_catalog()``: builtin plus
    ``SMH_ERRORS_CATALOG_DIR``), or one with overlay directories
    (``Catalog.open(dir, ...)``: ``<dir>/<locale>/*.ftl``, validated as the
    build validates the shipped catalog). Thread-safe; share it."""

    __slots__ = ("_native", "message", "lookup")

    def __init__(self, native: _native.NativeCatalog) -> None:
        self._native = native
        #: ``message(code, locale=None) -> str``, as the module function.
        #: ``lookup(code, locale=None) -> Entry``, as the module function.
        self.message, self.lookup = _functions(native)

    @classmethod
    def open(cls, *dirs: str | bytes | _PathLike[str] | _PathLike[bytes]) -> Catalog:
        """The builtin catalog with overlay directories (``str``, ``bytes`` or
        path-like), later ones overriding earlier ones. Raises
        :class:`CatalogError` (with every problem as ``file:line:col``) for
        a broken overlay, ``TypeError`` for a directory of another type."""
        return cls(_native.NativeCatalog.open([_os.fsdecode(d) for d in dirs]))

    @classmethod
    def builtin(cls) -> Catalog:
        """The catalog compiled into the library (en-US, zh-CN and the
        pseudo-locales en-XA, ar-XB)."""
        return cls(_native.NativeCatalog.builtin())

    @classmethod
    def global_catalog(cls) -> Catalog:
        """The catalog the module functions use."""
        return cls(_GLOBAL)

    @staticmethod
    def global_error() -> str | None:
        """Why the overlays of ``SMH_ERRORS_CATALOG_DIR`` were not loaded
        (the global catalog is then the builtin one), or ``None``."""
        return _native.NativeCatalog.global_error()

    def detail(self, code: str, message: str | None, locale: str | None = None) -> str | None:
        """The localized detail of an error's server ``message`` (the known
        pattern it matches, said in ``locale``, its holes' text escaped), or
        ``None`` when there is none."""
        return self._native.detail(code, message, locale)

    def explain(self, error: SmhError, locale: str | None = None) -> str:
        """What a person should read about ``error`` in ``locale``, as
        :meth:`SmhError.explain` says, from this catalog."""
        return self._native.explain_error(error.code, error.message, error.request_id, locale)

    def negotiate(self, requested: str) -> str:
        """The catalog locale that ``requested`` resolves to."""
        return self._native.negotiate(requested)

    def chain(self, requested: str) -> list[str]:
        """Every catalog locale tried for ``requested``, ending in en-US."""
        return self._native.chain(requested)

    def locales(self) -> list[str]:
        """The catalog's locales: en-US first, then zh-CN, en-XA, ar-XB,
        then overlays'."""
        return self._native.locales()

    def __repr__(self) -> str:
        return f"Catalog(locales={self.locales()!r})"

