# generated from specs/openapi.yaml by tools/sdk.py, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.currency import Currency

T = TypeVar("T", bound="CreateAccountRequest")


@_attrs_define
class CreateAccountRequest:
    """
    Attributes:
        name (str): At least 3 characters once the blanks (Unicode space separators, such as U+0020, U+00A0 and U+3000)
            around them are trimmed; stored trimmed. Any script, symbol or emoji, but no control character (C0, DEL, C1), no
            line or paragraph separator, no bidirectional mark, embedding, override or isolate (U+061C, U+200E, U+200F,
            U+202A-U+202E, U+2066-U+2069) and no zero-width or invisible format character (U+180E, U+200B, U+2060-U+2064,
            U+206A-U+206F, U+FEFF, U+FFF9-U+FFFB). The zero-width non-joiner and joiner (U+200C, U+200D), which Persian,
            Indic scripts and emoji sequences need, may stand between two characters but not first or last. The pattern
            spells each class out, so that it means the same in ECMA-262, Python and Rust regular expressions. Example:
            Everyday account.
        currency (Currency): An ISO 4217 currency code that has minor units (the list is checked against ISO 4217 data).
            Example: EUR.
    """

    name: str
    currency: Currency

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        currency = self.currency.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        currency = Currency(d.pop("currency"))

        create_account_request = cls(
            name=name,
            currency=currency,
        )

        return create_account_request
