"""Storage: the SQLite database, its migrations, and the service API the GUI and CLI share."""
