#!/bin/sh
# Regenerates the PDF and Word fixtures of the ingestion tests from the seed plans (corpus/00?_*.txt).
# Needs LibreOffice (Debian: apt-get install -y libreoffice-writer); CI does not: the outputs are committed.
#   tests/Indexer.Tests/Ingest/Fixtures/make-fixtures.sh
# Each seed becomes {stem}.docx (the text filter reads it as UTF-8, one paragraph per line, blank lines
# kept as empty paragraphs) and {stem}.pdf (that .docx exported by Writer). The hostile fixtures:
# password.pdf (seed 003 with the open password "x"). The scan without a text layer is built by the
# tests themselves (PdfTextTests.ImageOnlyPdf): Writer here cannot export a page as a picture.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private LibreOffice profile: no clash with a desktop instance, no state left behind.
lo() { soffice -env:UserInstallation=file://"$work/profile" --headless "$@" >/dev/null 2>&1; }

for seed in "$root"/corpus/00?_*.txt; do
    stem=$(basename "$seed" .txt)
    cp "$seed" "$work/$stem.txt"
    lo --infilter="Text (encoded):UTF8,LF,,," --convert-to docx --outdir "$work" "$work/$stem.txt"
    lo --convert-to pdf --outdir "$work" "$work/$stem.docx"
    cp "$work/$stem.docx" "$work/$stem.pdf" "$here/"
done

# Seed 003 with an open password: PdfPig must refuse it as such.
mkdir "$work/password"
lo --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"x"}}' \
    --outdir "$work/password" "$work/003_d8bb7ebbcfc1d3bc.docx"
cp "$work/password/003_d8bb7ebbcfc1d3bc.pdf" "$here/password.pdf"

ls -l "$here"
