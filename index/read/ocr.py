"""Read scanned pages with Tesseract: paragraphs with their page and the engine's confidence.

Images (PNG, JPEG, TIFF, one page per frame) and the pages of a PDF with no text layer
are read by Tesseract through pytesseract; PDF pages are drawn at 300 dpi by PDFium
(pypdfium2). Tesseract's blocks and paragraphs become paragraphs, its line breaks are
joined and end-of-line hyphens repaired. What a file gave is kept by the SHA-256 of its
bytes (and the language), so that a rebuild never reads the same scan twice.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

#: Pixels in an image past which it is skipped (Pillow's own guard against bombs is 89M).
MAX_PIXELS = 120_000_000
#: Resolution PDF pages are drawn at for Tesseract: its documented sweet spot.
DPI = 300
#: Characters of text below which a PDF page counts as a scan.
MIN_TEXT = 25

#: (text, mean word confidence 0-100) for each paragraph of a page.
PageText = list[tuple[str, float]]


class OcrError(ValueError):
    """A scan that cannot be read; the message is the reason shown to the user."""


@dataclass(frozen=True)
class Ocr:
    """How to read scans: the language, the cache folder and the limit per page."""

    lang: str = "eng"
    cache: Path | None = None
    timeout: int = 120

    def pages(
        self, data: bytes, kind: str, numbers: list[int] | None = None
    ) -> tuple[dict[int, PageText], list[str]]:
        """Return the text of a file's pages (all, or the numbers given) and warnings, cached."""
        key = f"{hashlib.sha256(data).hexdigest()}-{self.lang}"
        cached = self._load(key)
        todo = None if numbers is None else [n for n in numbers if str(n) not in cached]
        trouble: list[str] = []
        if (numbers is None and not cached) or todo:
            found, trouble = _read(data, kind, self.lang, self.timeout, todo)
            cached |= {str(n): text for n, text in found.items()}
            self._save(key, cached)
        pages = {int(n): [(text, confidence) for text, confidence in page] for n, page in cached.items()}
        if numbers is not None:
            pages = {n: pages[n] for n in numbers if n in pages}
        return pages, trouble

    def _load(self, key: str) -> dict:
        if self.cache is None:
            return {}
        try:
            return json.loads((self.cache / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _save(self, key: str, pages: dict) -> None:
        if self.cache is None:
            return
        self.cache.mkdir(parents=True, exist_ok=True)
        partial = self.cache / f"{key}.json.{os.getpid()}"
        partial.write_text(json.dumps(pages), encoding="utf-8")
        os.replace(partial, self.cache / f"{key}.json")


def _read(data: bytes, kind: str, lang: str, timeout: int, numbers: list[int] | None):
    """OCR the pages of an image or PDF: ({page: paragraphs}, warnings)."""
    import pytesseract

    found: dict[int, PageText] = {}
    trouble: list[str] = []
    for number, image in _images(data, kind, numbers):
        try:
            found[number] = read_image(image, lang, timeout)
        except pytesseract.TesseractNotFoundError:
            raise OcrError("OCR needs Tesseract, which is not installed (Debian: tesseract-ocr)") from None
        except pytesseract.TesseractError as error:
            raise OcrError(f"Tesseract cannot read this in {lang!r}: {str(error.message)[:120]}") from None
        except RuntimeError as error:  # pytesseract's time limit
            trouble.append(f"page {number}: OCR gave up after {timeout} s ({error})")
    return found, trouble


def _images(data: bytes, kind: str, numbers: list[int] | None):
    """Yield (page number, image) of an image file's frames or a PDF's pages."""
    from PIL import Image, ImageSequence

    if kind == "pdf":
        import pypdfium2

        document = pypdfium2.PdfDocument(data)
        try:
            for number in numbers or range(1, len(document) + 1):
                yield number, document[number - 1].render(scale=DPI / 72).to_pil()
        finally:
            document.close()
        return
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            # Pillow warns past the limit and raises past twice it: both are too large here.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise OcrError(f"image too large (more than {MAX_PIXELS:,} pixels)") from None
    except OSError as error:
        raise OcrError(f"unreadable image: {error}") from None
    if image.width * image.height > MAX_PIXELS:
        raise OcrError(f"image too large ({image.width}x{image.height} pixels)")
    for number, frame in enumerate(ImageSequence.Iterator(image), 1):
        if numbers is None or number in numbers:
            yield number, frame.convert("RGB")


def read_image(image, lang: str, timeout: int) -> PageText:
    """Return the paragraphs Tesseract finds in one image, each with its mean word confidence."""
    import pytesseract

    data = pytesseract.image_to_data(image, lang=lang, timeout=timeout, output_type=pytesseract.Output.DICT)
    paragraphs: dict[tuple[int, int], list[tuple[int, str, float]]] = {}
    for i, word in enumerate(data["text"]):
        confidence = float(data["conf"][i])
        if word.strip() and confidence >= 0:
            key = (data["block_num"][i], data["par_num"][i])
            paragraphs.setdefault(key, []).append((data["line_num"][i], word, confidence))
    found: PageText = []
    for words in paragraphs.values():
        text, line = "", None
        for number, word, _ in words:
            if text.endswith("-") and number != line and word[:1].islower():
                text = text[:-1] + word  # "inspec-" at a line's end, "tion" on the next
            else:
                text = f"{text} {word}" if text else word
            line = number
        found.append((text, round(sum(c for _, _, c in words) / len(words), 1)))
    return found
