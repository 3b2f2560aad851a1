// The one thing the finishing step needs that qpdf's C API does not offer: reading a page's
// content stream token by token (qpdf's C++ QPDFTokenizer), so that marked content can be
// renamed without a hand-written PDF lexer.
#ifndef CQPDF_CONTENT_H
#define CQPDF_CONTENT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Rewrites every marked-content sequence that starts `/<placeholder> <<…>> BDC` in the
/// content stream `content` to start `/Artifact BMC` (ISO 32000-1 §14.8.2.2), keeping every
/// other token byte for byte (white space at the very end may be dropped). On success
/// returns 0, stores a buffer allocated with malloc in `*out` (free it with
/// `vertsval_content_free`), its length in `*out_length` and the number of sequences
/// rewritten in `*rewritten`. Returns 1 when the stream has a token
/// qpdf cannot read, 2 when qpdf throws; `*out` is then NULL.
int vertsval_content_mark_artifacts(
    const unsigned char *content, size_t length, const char *placeholder,
    unsigned char **out, size_t *out_length, size_t *rewritten);

/// Frees a buffer returned by `vertsval_content_mark_artifacts`.
void vertsval_content_free(unsigned char *buffer);

#ifdef __cplusplus
}
#endif

#endif
