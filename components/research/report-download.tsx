interface FileDownload {
  url: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/msword': 'Word document',
  'text/csv': 'CSV',
};

export function fileTypeName(file: FileDownload): string {
  return TYPE_NAMES[file.contentType] ?? file.fileName.split('.').pop()?.toUpperCase() ?? 'File';
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

export function ReportDownload({ file, title }: { file: FileDownload; title: string }) {
  return (
    <a href={file.url} download={file.fileName} className="font-semibold">
      Download the full report<span className="sr-only">: {title}</span> ({fileTypeName(file)}, {formatBytes(file.sizeBytes)})
    </a>
  );
}
