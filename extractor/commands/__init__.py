"""Sub-commands of the `extractor` CLI; each module has EXAMPLE, configure(parser), run(args)."""
