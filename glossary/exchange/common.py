"""What every exchange format shares: the label for an entry not yet reviewed."""

UNREVIEWED = "unreviewed"
