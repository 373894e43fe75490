"""Storage: the SQLite database, its migrations, and the service API the GUI and CLI share.

``service.AssessmentService`` is the entry point; behind it ``queries`` reads, ``commands``
changes (one transaction each), ``mapping`` turns rows into records and back, and ``errors``
words what is refused for the user.
"""
