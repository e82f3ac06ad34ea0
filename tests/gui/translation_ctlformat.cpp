// faxctl's job fields are built into the faxctl executable only; the translation test compiles
// them in to look their labels up through the exact code faxctl runs.
#include "../../app/faxctl_format.cpp"
