"""Members' response forms: making them, reading them back, consolidating, the agenda.

The coordinator sends each member's focal point a form (``forms``), imports the filled ones
(``reader`` checks each whole, ``importer`` keeps them through the service), sees per item
where members agree (``consolidation``) and what the workshop must discuss (``agenda``).
No Qt here: the app and the CLI show what these modules return.
"""
