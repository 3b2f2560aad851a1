// qpdf's C API, imported into Swift as the module CQPDF: the finishing step of archive
// PDFs (XMP metadata, output intent, structure-tree edits). Debian's libqpdf-dev ships
// libqpdf.pc, so the target finds the headers with pkg-config.
#include <qpdf/qpdf-c.h>
