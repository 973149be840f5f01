/**
 * The codes outside the widget: a .txt download and a printed sheet. Both hold the codes and a
 * short heading, nothing else from the page. Built with DOM calls and textContent only: the
 * codes are the server's, so untrusted.
 */

/** The sheet's text, one code a line. */
export function sheetText(title: string, note: string, codes: string[]): string {
  return [title, note, '', ...codes, ''].join('\n');
}

/** Downloads `text` as `<name>.txt` (a Blob behind an a[download]), from within `root`. */
export function download(root: ShadowRoot | HTMLElement, name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name}.txt`;
  a.hidden = true;
  root.append(a);
  a.click();
  a.remove();
  // Long enough for the browser to start reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

let printing: HTMLIFrameElement | undefined;

/** Removes the print frame and the codes in it (Done, Cancel, removal), whether or not printing ended. */
export function endPrint(): void {
  printing?.remove();
  printing = undefined;
}

/**
 * Prints a sheet with only the codes: a hidden frame holding them is printed, not the page, so
 * nothing else of the host's page is on paper. The frame goes once printing is over.
 */
export function print(
  root: ShadowRoot | HTMLElement,
  title: string,
  note: string,
  codes: string[],
): void {
  printing?.remove();
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  Object.assign(frame.style, {
    position: 'fixed',
    width: '0',
    height: '0',
    border: '0',
    opacity: '0',
  });
  root.append(frame);
  printing = frame;
  const win = frame.contentWindow!;
  const doc = win.document;
  doc.title = title;
  const body = doc.body;
  Object.assign(body.style, {
    font: '14px/1.5 system-ui, sans-serif',
    margin: '2cm',
    color: '#000',
  });
  const h = doc.createElement('h1');
  h.textContent = title;
  h.style.fontSize = '18px';
  const p = doc.createElement('p');
  p.textContent = note;
  const list = doc.createElement('ol');
  Object.assign(list.style, {
    font: '16px/2 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    columns: '2',
  });
  for (const code of codes) {
    const li = doc.createElement('li');
    li.textContent = code;
    list.append(li);
  }
  body.append(h, p, list);
  win.addEventListener('afterprint', () => {
    if (printing === frame) printing = undefined;
    frame.remove();
  });
  win.print();
}
