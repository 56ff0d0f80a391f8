"""Proposing checks from an article's wording: rules and patterns, no model.

:func:`propose` runs the stages in order, each a module read in one sitting:

1. :mod:`~factcheck.propose.sentences` finds the numbers, their sentences and quotes;
2. :mod:`~factcheck.propose.naming` names each from its noun phrase;
3. :mod:`~factcheck.propose.rules` proposes the check each form of wording makes, and
   :mod:`~factcheck.propose.tables` what a table's header says of its rows, and
   :mod:`~factcheck.propose.siblings` what several shares of one whole say together, and
   :mod:`~factcheck.propose.answers` what the answers to one question say together;
4. :mod:`~factcheck.propose.definitions` adds standard definitions and outside facts, and
   :mod:`~factcheck.propose.balances` the balances that are differences by definition,
   :mod:`~factcheck.propose.flows` the nets and totals of two flows (net migration, total
   trade),
   :mod:`~factcheck.propose.parts` the parts the words make certain (halves, outcomes, kinds
   within a total), :mod:`~factcheck.propose.sexes` the counts of women and men within
   their total, :mod:`~factcheck.propose.ballots` the kinds of ballot that make the ballots
   cast, and :mod:`~factcheck.propose.scopes` a smaller set's figures within the
   larger set's;
5. :mod:`~factcheck.propose.sums` searches for parts that add up to a whole,
   :mod:`~factcheck.propose.stated_totals` adds the totals and wholes the words state outright,
   :mod:`~factcheck.propose.of_whole` the shares of wholes the words point back to, and
   :mod:`~factcheck.propose.implied` adds what the proposals and counts imply together.

The result is a :class:`~factcheck.propose.book.Book`; :func:`factcheck.draft.draft` writes it
as a claim file.
"""

from __future__ import annotations

__all__ = ["Book", "ProposedCheck", "propose"]

from factcheck.errors import FactcheckError
from factcheck.propose.answers import apply_answers
from factcheck.propose.balances import apply_balances
from factcheck.propose.ballots import apply_ballots
from factcheck.propose.book import Book, ProposedCheck
from factcheck.propose.definitions import apply_definitions
from factcheck.propose.flows import apply_flows
from factcheck.propose.implied import apply_implied
from factcheck.propose.listed import apply_listed
from factcheck.propose.months import apply_months
from factcheck.propose.naming import name_mention, unique
from factcheck.propose.of_whole import apply_of_whole
from factcheck.propose.outcomes import apply_outcomes
from factcheck.propose.parts import apply_pairs, apply_revisions, apply_totals
from factcheck.propose.rules import apply_rules
from factcheck.propose.scopes import apply_scopes
from factcheck.propose.sentences import MAX_TEXT, headline_end, locate
from factcheck.propose.sexes import apply_sexes
from factcheck.propose.siblings import apply_siblings
from factcheck.propose.stated_totals import apply_stated_totals
from factcheck.propose.sums import apply_sums
from factcheck.propose.tables import apply_tables


def propose(text: str) -> Book:
    """The figures of ``text``, named, and the checks its wording proposes."""
    if not isinstance(text, str):
        raise TypeError(f"text={text!r} must be a str")
    if len(text) > MAX_TEXT:
        raise FactcheckError(
            f"the text has {len(text):,} characters, more than the {MAX_TEXT:,} an article "
            "may have; split it into articles and draft each one"
        )
    mentions, not_claims = locate(text)
    spans = [(m.start, m.end) for m in mentions]
    taken: set[str] = set()
    headline = headline_end(text)
    for mention in mentions:
        base = name_mention(text, mention, spans)
        if mention.end <= headline:
            base = f"headline_{base}"
        mention.name = unique(base, taken)
    book = Book(text=text, mentions=mentions, not_claims=not_claims)
    apply_rules(book)
    apply_tables(book)
    apply_siblings(book)
    apply_answers(book)
    apply_definitions(book)
    apply_balances(book)
    apply_flows(book)
    apply_outcomes(book)
    apply_pairs(book)
    apply_sexes(book)
    apply_ballots(book)
    apply_totals(book)
    apply_listed(book)
    apply_months(book)
    apply_revisions(book)
    apply_scopes(book)
    aliases = frozenset(c.figures[1] for c in book.checks if c.relation == "convert")
    apply_sums(book, aliases=aliases)
    apply_stated_totals(book)
    apply_of_whole(book)
    apply_implied(book)
    return book
