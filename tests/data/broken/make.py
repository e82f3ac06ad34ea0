#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the broken documents of this folder (README.md says what each is and the error it must
# get). Needs python3, tiffcrop (libtiff-tools) and a built faxctl:
#   tests/data/broken/make.py build/dev/bin/faxctl
# The files are kept in the repository; this script only documents, byte for byte, how they were
# made (run it again only to change them, then check the README's expectations).
import os
import struct
import subprocess
import sys
import tempfile
import zlib

here = os.path.dirname(os.path.abspath(__file__))
faxctl = sys.argv[1] if len(sys.argv) > 1 else 'faxctl'
tmp = tempfile.mkdtemp()


def write(name, data):
    with open(os.path.join(here, name), 'wb') as f:
        f.write(data)


# --- TIFF: a one-page bilevel fax TIFF, its directory first and then its coded data ---------

def strip_of(tiff_bytes):
    """The (offset, byte count) of the only strip of a little-endian classic TIFF."""
    ifd = struct.unpack_from('<I', tiff_bytes, 4)[0]
    fields = {}
    for i in range(struct.unpack_from('<H', tiff_bytes, ifd)[0]):
        tag, _, _, value = struct.unpack_from('<HHII', tiff_bytes, ifd + 2 + 12 * i)
        fields[tag] = value
    return fields[273], fields[279]


def fax_tiff(width, length, compression, strip):
    tags = [(256, 4, width), (257, 4, length), (258, 3, 1), (259, 3, compression), (262, 3, 0),
            (273, 4, 0), (277, 3, 1), (278, 4, length), (279, 4, len(strip)), (282, 5, 0),
            (283, 5, 0), (296, 3, 2)]
    rationals = 8 + 2 + 12 * len(tags) + 4
    data = rationals + 16
    out = bytearray(b'II*\0' + struct.pack('<IH', 8, len(tags)))
    for tag, kind, value in tags:
        value = {273: data, 282: rationals, 283: rationals + 8}.get(tag, value)
        out += struct.pack('<HHIHH' if kind == 3 else '<HHII', tag, kind, 1, value,
                           *([0] if kind == 3 else []))
    out += struct.pack('<IIIII', 0, 204, 1, 196, 1) + strip
    return bytes(out)


# 200 lines from the middle of ITU chart 1 (text), MMR: the base of the TIFF cases.
crop = os.path.join(tmp, 'crop.tif')
subprocess.run(['tiffcrop', '-U', 'px', '-z', '1,1001,1728,1200',
                os.path.join(here, '..', 'itu1.tif'), crop], check=True)
with open(crop, 'rb') as f:
    chart = f.read()
offset, count = strip_of(chart)
lines = bytearray(chart[offset:offset + count])
good = fax_tiff(1728, 200, 4, bytes(lines))

# Three bytes of the coded data overwritten: invalid code words and lines of the wrong length.
damaged = bytearray(lines)
for position, value in ((845, 0xca), (1933, 0x9b), (3922, 0x4f)):
    damaged[position] = value
write('damaged-lines.tif', fax_tiff(1728, 200, 4, bytes(damaged)))

# The same good data, but the tags claim 5,000,000 lines.
write('million-lines.tif', fax_tiff(1728, 5000000, 4, bytes(lines)))

# The file ends half-way through the strip (an interrupted download or copy).
write('truncated-strip.tif', good[:len(good) - count // 2])

# A B4 page (2048 pixels wide) with a rule across it, stored with the tags of an A4 page (1728).
text = os.path.join(tmp, 'b4.txt')
with open(text, 'w') as f:
    f.write('Coded 2048 pixels wide (B4); the tags say 1728 (A4).\n' + '_' * 170 + '\n')
b4 = os.path.join(tmp, 'b4.tif')
subprocess.run([faxctl, 'convert', text, '-o', b4, '--paper', 'b4', '--quiet'], check=True)
with open(b4, 'rb') as f:
    page = f.read()
offset, count = strip_of(page)
write('wrong-width.tif', fax_tiff(1728, 2724, 4, page[offset:offset + count]))

# --- PDF: objects, then a cross-reference table with their offsets --------------------------


def pdf(objects, shift=0):
    out = b'%PDF-1.4\n'
    offsets = []
    for i, o in enumerate(objects):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    out += b''.join(b'%010d 00000 n \n' % (o + shift) for o in offsets)
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (
        len(objects) + 1, xref)
    return out


def one_page(content, box=b'[0 0 595 842]', deflate=False):
    if deflate:
        content = zlib.compress(content, 9)
    stream = b'<< /Length %d%s >>\nstream\n' % (
        len(content), b' /Filter /FlateDecode' if deflate else b'') + content + b'\nendstream'
    return [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox ' + box +
            b' /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            stream,
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']


TEXT = b'BT /F1 24 Tf 72 760 Td (A page of the broken documents corpus) Tj ET'
whole = pdf(one_page(TEXT))
write('truncated.pdf', whole[:len(whole) * 2 // 5])
write('broken-xref.pdf', pdf(one_page(TEXT), shift=37))
write('huge-page.pdf', pdf(one_page(TEXT, box=b'[0 0 100000 100000]')))
write('slow-page.pdf', pdf(one_page(b'0 0 m 500 700 l S\n' * 1000000, deflate=True)))
write('fake.pdf', b'%PDF-1.7\n% this file only starts like a PDF\n' +
      b'It is a letter saved with the wrong name.\n' * 20)
write('empty.pdf', b'')

# --- PostScript, pictures, text ---------------------------------------------------------------

write('endless.ps', b'%!PS\n% Loops forever.\n{} loop\n')
write('allocates.ps', b'%!PS\n% Allocates without end: a list that grows by 100 kB a turn.\n'
      b'/l 0 def { /l [ l 100000 string ] def } loop\n')


def png_chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack(
        '>I', zlib.crc32(kind + data) & 0xffffffff)


# A real 20000 x 12000 picture (240 million white pixels, 30 MB of rows) deflated to 45 kB.
rows = (b'\0' + b'\xff' * 2500) * 12000
write('bomb.png', b'\x89PNG\r\n\x1a\n' +
      png_chunk(b'IHDR', struct.pack('>IIBBBBB', 20000, 12000, 1, 0, 0, 0, 0)) +
      png_chunk(b'IDAT', zlib.compress(rows, 9)) + png_chunk(b'IEND', b''))
write('latin1.txt', 'Sehr geehrte Frau M\u00fcller,\n\nanbei die Unterlagen f\u00fcr K\u00f6ln.\n'
      .encode('latin-1'))
