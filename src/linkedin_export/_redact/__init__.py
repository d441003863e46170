"""The parts of :func:`linkedin_export.redact`: fakes (``fakes``), raw CSV fields (``rawcsv``),
what each column holds (``fields``) and vCard properties (``vcard``)."""
