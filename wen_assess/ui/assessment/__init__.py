"""The assessment wizard: profile, participants, one page per area, review and results."""
