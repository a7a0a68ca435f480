"""Language data shipped with hadath: hand-edited sources and their compiled forms."""
