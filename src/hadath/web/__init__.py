"""The analyst workbench: server-rendered pages, their templates and static assets."""
