"""Your activity on LinkedIn: posts, comments, reactions, poll votes, reposts, saved items,
uploaded media and videos, events, LinkedIn Learning content and searches."""

from __future__ import annotations

import datetime as dt

import attrs

from linkedin_export.models._base import FrozenDict, Record

__all__ = [
    "Comment",
    "Event",
    "InstantRepost",
    "LearningItem",
    "Reaction",
    "RichMedia",
    "SavedItem",
    "SearchQuery",
    "Share",
    "Video",
    "Vote",
]


@attrs.frozen(kw_only=True)
class Share(Record):
    """A post you shared, from ``Shares.csv`` (2026: ``Shares_<n>.csv``).

    Attributes:
        shared_at: when it was posted (UTC).
        url: the post on LinkedIn (``https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A…``).
        commentary: the text of the post; LinkedIn's quotes around each paragraph are removed, so
            paragraphs are separated by plain line breaks.
        shared_url: the link the post shares, as exported.
        media_url: the image or video attached, as exported.
        visibility: who can see it, as exported (``MEMBER_NETWORK``, ``PUBLIC``; 2018:
            ``Public``, ``Connections``).
        title: the title of the shared link (2018 only).
        description: the description of the shared link (2018 only).
        share_type: the kind of share (2018 only; ``Homepage``).
        format_id: the id of the format version the row was read with (``shares/2024``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    shared_at: dt.datetime | None = None
    url: str | None = None
    commentary: str | None = None
    shared_url: str | None = None
    media_url: str | None = None
    visibility: str | None = None
    title: str | None = None
    description: str | None = None
    share_type: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Comment(Record):
    """A comment you wrote, from ``Comments.csv`` (2026: ``Comments_<n>.csv``).

    Attributes:
        commented_at: when it was written (UTC).
        url: the post or comment on LinkedIn, as exported.
        message: the text of the comment; backslash-escaped quotes (``\\"``) are read as ``"``.
        format_id: the id of the format version the row was read with (``comments/2024``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    commented_at: dt.datetime | None = None
    url: str | None = None
    message: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Reaction(Record):
    """A reaction of yours to a post or comment, from ``Reactions.csv``.

    Attributes:
        reacted_at: when you reacted (UTC).
        reaction: the reaction, as exported (``LIKE``, ``APPRECIATION``, ``EMPATHY``, …).
        url: the post or comment reacted to, as exported.
        format_id: the id of the format version the row was read with (``reactions/2021``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    reacted_at: dt.datetime | None = None
    reaction: str | None = None
    url: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Vote(Record):
    """A vote of yours in a poll, from ``Votes.csv``.

    Attributes:
        voted_at: when you voted (UTC).
        url: the post holding the poll, as exported.
        option: the text of the option you chose, as exported.
        format_id: the id of the format version the row was read with (``votes/2024``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    voted_at: dt.datetime | None = None
    url: str | None = None
    option: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class InstantRepost(Record):
    """A post you reposted without comment, from ``InstantReposts_<n>.csv``.

    Attributes:
        reposted_at: when you reposted it (UTC).
        url: the reposted post, as exported.
        format_id: the id of the format version the row was read with (``instant_reposts/2026``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    reposted_at: dt.datetime | None = None
    url: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class SavedItem(Record):
    """A post you saved for later, from ``Saved_Items.csv``.

    Attributes:
        url: the saved item, as exported (a feed URL).
        saved_at: when you saved it (UTC).
        format_id: the id of the format version the row was read with (``saved_items/2024``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    url: str | None = None
    saved_at: dt.datetime | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class RichMedia(Record):
    """A photo, video or document you uploaded, from ``Rich_Media.csv`` (2024: ``Rich Media.csv``).

    Attributes:
        uploaded_at: when it was uploaded (UTC), read from the sentence in ``activity``.
        media_kind: what was uploaded, read from the sentence (``video``, ``document``,
            ``profile photo``, ``group logo``, …).
        activity: LinkedIn's sentence as exported (``You uploaded a video on September 12, 2024
            at 9:05 PM (GMT)``).
        description: the description of the media; ``None`` when LinkedIn wrote ``-``.
        url: the media on LinkedIn, as exported.
        format_id: the id of the format version the row was read with (``rich_media/2024``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    uploaded_at: dt.datetime | None = None
    media_kind: str | None = None
    activity: str | None = None
    description: str | None = None
    url: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Video(Record):
    """A video you uploaded, from the 2018 ``Videos.csv``.

    Attributes:
        description: its description, as exported.
        url: the video, as exported.
        format_id: the id of the format version the row was read with (``videos/2018``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    description: str | None = None
    url: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class Event(Record):
    """A LinkedIn event you registered for, from ``Events.csv``.

    Attributes:
        name: the name of the event.
        starts_at: when it starts (UTC).
        ends_at: when it ends (UTC); ``None`` when the export gives no end.
        status: your registration, as exported (``APPROVED``, ``RELINQUISHED``).
        external_url: the event's own web page, as exported.
        format_id: the id of the format version the row was read with (``events/2023``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    name: str | None = None
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    status: str | None = None
    external_url: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class LearningItem(Record):
    """A LinkedIn Learning course, video or path you watched or saved, from ``Learning.csv``.

    Attributes:
        title: the title of the content.
        description: its description, as exported (may hold HTML).
        content_type: the kind of content, as exported (``Course``, ``Learning Path``, ``Video``).
        last_watched_at: when you last watched it (UTC); ``None`` when LinkedIn wrote ``N/A``.
        completed_at: when you completed it (UTC); ``None`` when not completed.
        saved: whether you saved it.
        notes: the notes you took on its videos.
        format_id: the id of the format version the row was read with (``learning/2023``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    title: str | None = None
    description: str | None = None
    content_type: str | None = None
    last_watched_at: dt.datetime | None = None
    completed_at: dt.datetime | None = None
    saved: bool | None = None
    notes: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)


@attrs.frozen(kw_only=True)
class SearchQuery(Record):
    """A search you ran on LinkedIn, from ``SearchQueries.csv`` (2018: ``Search Queries.csv``).

    Attributes:
        searched_at: when you searched (UTC).
        query: what you searched for, as typed.
        format_id: the id of the format version the row was read with (``search_queries/2018``).
        extra: columns the format does not model or does not know, by header, non-empty only.
    """

    searched_at: dt.datetime | None = None
    query: str | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
    extra: FrozenDict[str] = attrs.field(factory=FrozenDict, repr=False)
