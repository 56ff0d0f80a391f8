"""The pytest plugin: collects ``*.claims.yaml`` files (filled in with claim files)."""
