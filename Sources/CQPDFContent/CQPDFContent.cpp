// See include/CQPDFContent.h.
#include "CQPDFContent.h"

// Use qpdf 11's std::shared_ptr API throughout (no PointerHolder), which also silences
// qpdf's transition warning.
#define POINTERHOLDER_TRANSITION 4

#include <qpdf/BufferInputSource.hh>
#include <qpdf/QPDFTokenizer.hh>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

int vertsval_content_mark_artifacts(
    const unsigned char *content, size_t length, const char *placeholder,
    unsigned char **out, size_t *out_length, size_t *rewritten)
{
    *out = nullptr;
    *out_length = 0;
    *rewritten = 0;
    try {
        std::string const data(reinterpret_cast<char const *>(content), length);
        auto input = std::make_shared<BufferInputSource>("content stream", data);
        QPDFTokenizer tokenizer;
        tokenizer.allowEOF();
        tokenizer.includeIgnorable();
        std::string const name = std::string("/") + placeholder;
        std::string result;
        result.reserve(length);
        // The tokens read since a placeholder name, until the operator they belong to.
        std::vector<QPDFTokenizer::Token> pending;
        size_t count = 0;
        while (true) {
            QPDFTokenizer::Token token = tokenizer.readToken(input, "content stream", true);
            QPDFTokenizer::token_type_e const type = token.getType();
            if (type == QPDFTokenizer::tt_eof) {
                break;
            }
            if (type == QPDFTokenizer::tt_bad) {
                return 1;
            }
            if (!pending.empty()) {
                pending.push_back(token);
                if (type == QPDFTokenizer::tt_word) {
                    if (token.getValue() == "BDC") {
                        result += "/Artifact BMC";
                        ++count;
                    } else {
                        for (auto const &kept : pending) {
                            result += kept.getRawValue();
                        }
                    }
                    pending.clear();
                }
                continue;
            }
            if (type == QPDFTokenizer::tt_name && token.getRawValue() == name) {
                pending.push_back(token);
                continue;
            }
            result += token.getRawValue();
            if (type == QPDFTokenizer::tt_word && token.getValue() == "ID") {
                // The one white-space character after ID, then the image data up to EI.
                char separator = 0;
                if (input->read(&separator, 1) == 1) {
                    result += separator;
                }
                tokenizer.expectInlineImage(input);
            }
        }
        for (auto const &kept : pending) {
            result += kept.getRawValue();
        }
        auto *buffer = static_cast<unsigned char *>(std::malloc(result.size() > 0 ? result.size() : 1));
        if (buffer == nullptr) {
            return 2;
        }
        std::memcpy(buffer, result.data(), result.size());
        *out = buffer;
        *out_length = result.size();
        *rewritten = count;
        return 0;
    } catch (...) {
        return 2;
    }
}

void vertsval_content_free(unsigned char *buffer)
{
    std::free(buffer);
}
