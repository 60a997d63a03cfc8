import { checkZip, DEFAULT_ZIP_LIMITS, type ZipEntry, type ZipLimits } from './zip-guard';
import type { Refusal } from './types';

/** The file type is judged by its bytes, never by its name: a renamed .xls or .pdf is still refused. */
export type Sniffed = { type: 'xlsx'; entries: ZipEntry[] } | { type: 'csv'; text: string } | { type: 'refused'; refusal: Refusal };

const USE_TEMPLATE = '请使用【模板下载】得到的模板（.xlsx）填写后导入，或在 Excel 中另存为 .xlsx 或 CSV';

function refuse(code: Refusal['code'], message: string): Sniffed {
  return { type: 'refused', refusal: { code, message } };
}

function startsWith(b: Uint8Array, ...sig: number[]): boolean {
  return sig.every((x, i) => b[i] === x);
}

const BINARIES: { sig: number[]; what: string }[] = [
  { sig: [0x25, 0x50, 0x44, 0x46], what: 'PDF 文件' },
  { sig: [0x89, 0x50, 0x4e, 0x47], what: '图片（PNG）' },
  { sig: [0xff, 0xd8, 0xff], what: '图片（JPG）' },
  { sig: [0x47, 0x49, 0x46, 0x38], what: '图片（GIF）' },
  { sig: [0x4d, 0x5a], what: '可执行程序（.exe）' },
  { sig: [0x7f, 0x45, 0x4c, 0x46], what: '可执行程序' },
  { sig: [0x52, 0x61, 0x72, 0x21], what: 'RAR 压缩包' },
  { sig: [0x37, 0x7a, 0xbc, 0xaf], what: '7z 压缩包' },
  { sig: [0x1f, 0x8b], what: 'gzip 压缩包' },
];

/** Which kind of Office-like zip this is, from the entry names, for a message that names it. */
function zipKind(names: Set<string>): string | null {
  if (names.has('[Content_Types].xml') && names.has('xl/workbook.xml')) return null;
  if (names.has('word/document.xml')) return 'Word 文档（.docx）';
  if (names.has('ppt/presentation.xml')) return 'PowerPoint 演示文稿（.pptx）';
  if (names.has('content.xml') && names.has('mimetype')) return 'OpenDocument 文件（如 .ods）';
  return '压缩包（.zip）';
}

function sniffZip(bytes: Uint8Array, zipLimits: ZipLimits): Sniffed {
  const zip = checkZip(bytes, zipLimits);
  if (!zip.ok) {
    if (zip.problem === 'bomb') {
      return refuse('zip-bomb', `文件解压后的内容异常（${zip.detail}），系统拒绝读取。正常的见习报表解压后不超过几十 MB；${USE_TEMPLATE}`);
    }
    if (zip.problem === 'encrypted') return refuse('unsupported-type', `文件设置了密码，系统无法读取；请取消密码后另存为 .xlsx 再导入`);
    return refuse('corrupt', `文件已损坏或不是有效的 Excel 文件（${zip.detail}）；请在 Excel 中打开确认无误、重新保存为 .xlsx 后再导入`);
  }
  const kind = zipKind(zip.names);
  if (kind) return refuse('unsupported-type', `这是${kind}，不是 Excel 工作簿；${USE_TEMPLATE}`);
  if (!zip.names.has('xl/_rels/workbook.xml.rels')) return refuse('corrupt', `Excel 文件缺少工作表目录，已损坏；${USE_TEMPLATE}`);
  return { type: 'xlsx', entries: zip.entries };
}

/** Control characters other than tab and line breaks mean binary content, not CSV text. */
const BINARY_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

function sniffText(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
    return refuse('encoding', '这是 UTF-16（“Unicode 文本”）编码的文件，系统无法读取；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx 后再导入');
  }
  let text: string;
  try {
    // Strict UTF-8 first (with or without BOM, which the decoder drops); Excel's “CSV（逗号分隔）” on a
    // Chinese Windows is GBK, which is almost never valid UTF-8, so a failure means GBK/GB18030.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
    if (text.includes('\ufffd')) return refuse('encoding', '无法识别文件的文字编码；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx 后再导入');
  }
  if (BINARY_TEXT.test(text.slice(0, 65536))) return refuse('unsupported-type', `无法识别的文件类型，只能导入 .xlsx 或 .csv 文件；${USE_TEMPLATE}`);
  return { type: 'csv', text };
}

export function sniff(bytes: Uint8Array, zipLimits: ZipLimits = DEFAULT_ZIP_LIMITS): Sniffed {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return sniffZip(bytes, zipLimits);
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return refuse(
      'unsupported-type',
      '这是 Excel 97-2003 格式（.xls）、WPS 表格（.et）或设置了打开密码的文件，系统无法读取；请在 Excel 中“另存为 → Excel 工作簿（*.xlsx）”并取消密码后再导入',
    );
  }
  const binary = BINARIES.find((x) => startsWith(bytes, ...x.sig));
  if (binary) return refuse('unsupported-type', `这是${binary.what}，不能导入；${USE_TEMPLATE}`);
  if (startsWith(bytes, 0x50, 0x4b)) return refuse('corrupt', `文件已损坏或是不完整的压缩包；${USE_TEMPLATE}`);
  return sniffText(bytes);
}
