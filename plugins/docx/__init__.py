"""Reader for .docx drafts (being written)."""
