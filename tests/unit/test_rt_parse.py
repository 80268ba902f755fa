import pytest
from hypothesis import given
from hypothesis import strategies as st

from pixrma_desktop.support import rt_parse


@pytest.mark.parametrize(
    ("value", "expected"),
    [(7, "7"), ("7", "7"), (7.0, "7"), (" 07 ", "7"), ("7.0", "7"), ({"id": "12", "type": "ticket"}, "12")],
)
def test_ids_in_every_shape_rt_uses(value, expected):
    assert rt_parse.as_id(value) == expected


@pytest.mark.parametrize("value", [None, "", 0, -3, 7.5, "abc", True, [], {"id": None}, float("nan"), "inf", "¹", "²³"])
def test_things_that_are_not_ids(value):
    assert rt_parse.as_id(value) is None


@given(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(), st.lists(st.integers())))
def test_as_id_never_raises_and_answers_digits(value):
    result = rt_parse.as_id(value)
    assert result is None or (result.isdigit() and int(result) > 0)


@given(st.one_of(st.none(), st.integers(), st.floats(), st.text()))
def test_as_int_never_raises(value):
    assert isinstance(rt_parse.as_int(value, -1), int)


def test_empty_search_page_count_is_a_float_and_total_null():
    body = {"page": 1, "pages": 0.0, "total": None, "per_page": 20, "count": 0, "items": []}
    assert rt_parse.as_int(body["pages"], 1) == 0
    assert list(rt_parse.search_items(body)) == []


def test_search_items_skip_broken_entries():
    body = {"items": [{"id": "3"}, {"id": None}, "junk", {"type": "ticket"}, {"id": 4.0}]}
    assert [rt_parse.as_id(i["id"]) for i in rt_parse.search_items(body)] == ["3", "4"]


def test_ticket_id_from_the_create_answer_body_or_location():
    assert rt_parse.ticket_id_from_create({"id": "7", "type": "ticket"}, None) == "7"
    assert rt_parse.ticket_id_from_create({}, "/REST/2.0/ticket/8") == "8"
    assert rt_parse.ticket_id_from_create(None, "https://rt.example.com/REST/2.0/ticket/9?x=1") == "9"
    assert rt_parse.ticket_id_from_create({"_url": "http://h/REST/2.0/ticket/10"}, None) == "10"
    assert rt_parse.ticket_id_from_create({"id": None}, "/REST/2.0/ticket/abc") is None


def test_custom_fields_from_list_and_dict_shapes():
    listed = {
        "CustomFields": [
            {"name": "Serial Numbers", "values": ["a", "b", None, ""]},
            {"name": "Submission ID", "values": "x"},
            {"name": "Empty", "values": None},
            {"values": ["no name"]},
        ]
    }
    assert rt_parse.custom_field_values(listed) == {"Serial Numbers": ["a", "b"], "Submission ID": ["x"], "Empty": []}
    assert rt_parse.custom_field_values({"CustomFields": {"Model": ["m"], "Id": 5}}) == {"Model": ["m"], "Id": ["5"]}
    assert rt_parse.custom_field_values({"CustomFields": None}) == {}


def test_requestors():
    ticket = {"Requestor": [{"id": "A@Example.org", "type": "user"}, {"id": None}]}
    assert rt_parse.requestor_addresses(ticket) == ["a@example.org"]
    assert rt_parse.requestor_addresses({"Requestor": []}) == []
    assert rt_parse.requestor_addresses({}) == []


def test_error_messages():
    assert rt_parse.error_message({"message": "No permission"}) == "No permission"
    assert rt_parse.error_message(["Status: Permission Denied", "x"]) == "Status: Permission Denied; x"
    assert rt_parse.error_message({"message": None}) == ""
    assert rt_parse.error_message(42) == ""


def test_ticket_sql_strings_escape_quotes_and_backslashes():
    assert rt_parse.ticket_sql_string("plain") == "'plain'"
    assert rt_parse.ticket_sql_string("it's") == r"'it\'s'"
    assert rt_parse.ticket_sql_string("a\\' OR 1=1") == r"'a\\\' OR 1=1'"
