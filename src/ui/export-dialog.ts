// The export dialog: PNG of the view (screen, 2×, print), SVG (when wired) and a WebM of the corridor flow.
import { formatNumber, type Lang } from '../i18n/format';
import { t } from '../i18n/messages';
import type { DecorationContent } from '../export/decorations';
import { downloadBlob } from '../export/download';
import { exportFileName } from '../export/file-name';
import { DEFAULT_DURATION_S, DEFAULT_FPS } from '../export/frame-schedule';
import type { MapCapture } from '../export/map-capture';
import { pngSize, videoFrameSize, type PngPreset, type VideoPreset } from '../export/output-size';
import { renderPng, renderWebm, VideoUnsupportedError, webmCodec } from '../export/render';
import { h } from './dom';
import './export-dialog.css';

/** What the dialog needs from the app. */
export interface ExportDialogOptions {
  /** The map's capture API (`MapView.capture`); null while the map is not there. */
  capture(): MapCapture | null;
  /** The title, legend, notice and attribution, in `lang`. */
  content(lang: Lang): DecorationContent;
  /**
   * Builds the SVG of the current view in `lang` (src/svg/: buildSvgMap + toSvgString). Until it is
   * wired (null), the SVG option is shown disabled.
   */
  onSvg: ((lang: Lang) => Blob | Promise<Blob>) | null;
}

const PNG_PRESETS: PngPreset[] = ['screen', '2x', 'print'];
const PNG_LABELS = {
  screen: 'export.pngScreen',
  '2x': 'export.png2x',
  print: 'export.pngPrint',
} as const;
const PNG_VARIANTS: Record<PngPreset, string | undefined> = {
  screen: undefined,
  '2x': '2x',
  print: 'print',
};
const VIDEO_PRESETS: VideoPreset[] = ['720p', 'view'];
const DURATIONS_S = [2, DEFAULT_DURATION_S, 12];
const FRAME_RATES = [10, 24, DEFAULT_FPS];

/** Pixel sizes without thousands separators ("1280 × 720"), in the language's digits. */
const pixels = (lang: Lang, size: { width: number; height: number }) => ({
  width: formatNumber(size.width, lang, { useGrouping: false }),
  height: formatNumber(size.height, lang, { useGrouping: false }),
});

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Radio buttons, one per line (inside a fieldset that names them); returns them and a reader of the choice. */
function radios<V extends string>(
  name: string,
  choices: { value: V; label: string }[],
  checked: V,
): { element: HTMLElement; value(): V } {
  const element = h(
    'div',
    { class: 'export-choices' },
    ...choices.map((choice) =>
      h(
        'label',
        {},
        h('input', {
          type: 'radio',
          name,
          value: choice.value,
          checked: choice.value === checked,
        }),
        ' ',
        choice.label,
      ),
    ),
  );
  return {
    element,
    value: () =>
      (element.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ??
        checked) as V,
  };
}

/** A labelled `<select>` of numbers. */
function numberSelect(
  id: string,
  label: string,
  values: number[],
  selected: number,
  text: (value: number) => string,
): { element: HTMLElement; value(): number } {
  const select = h(
    'select',
    { id, name: id },
    ...values.map((value) =>
      h('option', { value: String(value), selected: value === selected }, text(value)),
    ),
  );
  return {
    element: h('span', { class: 'export-field' }, h('label', { for: id }, label), ' ', select),
    value: () => Number(select.value),
  };
}

/**
 * Creates the export dialog (a native `<dialog>`: Escape closes it, focus returns to the button).
 * Closing it while a video renders cancels the video and restores the view.
 *
 * @example
 * const exporter = createExportDialog({
 *   capture: () => view.capture,
 *   content: (lang) => decorationContent(model, theme, lang),
 *   onSvg: null,
 * });
 * exporter.open('fa');
 */
export function createExportDialog(options: ExportDialogOptions): {
  element: HTMLDialogElement;
  open(lang: Lang): void;
} {
  const element = h('dialog', { class: 'export-dialog', 'aria-labelledby': 'export-title' });
  let running: AbortController | null = null;
  element.addEventListener('close', () => running?.abort());

  return {
    element,
    open(lang) {
      const capture = options.capture();
      const view = capture?.viewSize() ?? { width: 0, height: 0 };
      const status = h('p', { class: 'export-status', role: 'status', 'aria-live': 'polite' });
      const say = (text: string) => (status.textContent = text);
      const buttons: HTMLButtonElement[] = [];
      const button = (action: string, label: string) => {
        const b = h('button', { type: 'button', 'data-export': action }, label);
        buttons.push(b);
        return b;
      };
      const busy = (on: boolean) => {
        for (const b of buttons) b.disabled = on || b.dataset.unavailable === 'true';
        element.setAttribute('aria-busy', String(on));
      };

      // PNG
      const pngChoice = radios(
        'export-png-size',
        PNG_PRESETS.map((preset) => {
          const size = pngSize(view, preset);
          return {
            value: preset,
            label: t(lang, PNG_LABELS[preset], pixels(lang, size)),
          };
        }),
        'screen',
      );
      const pngButton = button('png', t(lang, 'export.downloadPng'));
      pngButton.addEventListener('click', () => {
        if (!capture) return;
        const preset = pngChoice.value();
        busy(true);
        say(t(lang, 'export.working'));
        renderPng(capture, preset, options.content(lang))
          .then(({ blob }) => {
            const file = exportFileName(lang, new Date(), 'png', PNG_VARIANTS[preset]);
            downloadBlob(blob, file);
            say(t(lang, 'export.saved', { file }));
          })
          .catch((error: unknown) => say(t(lang, 'export.failed', { reason: reason(error) })))
          .finally(() => busy(false));
      });

      // SVG: wired by the SVG export (src/svg/); disabled until then.
      const svgButton = button('svg', t(lang, 'export.downloadSvg'));
      const onSvg = options.onSvg;
      if (!onSvg) svgButton.dataset.unavailable = 'true';
      svgButton.addEventListener('click', () => {
        if (!onSvg) return;
        busy(true);
        Promise.resolve()
          .then(() => onSvg(lang))
          .then((blob) => {
            const file = exportFileName(lang, new Date(), 'svg');
            downloadBlob(blob, file);
            say(t(lang, 'export.saved', { file }));
          })
          .catch((error: unknown) => say(t(lang, 'export.failed', { reason: reason(error) })))
          .finally(() => busy(false));
      });

      // Video
      const videoChoice = radios(
        'export-video-size',
        VIDEO_PRESETS.map((preset) => {
          const size = videoFrameSize(view, preset);
          const key = preset === '720p' ? 'export.video720p' : 'export.videoView';
          return { value: preset, label: t(lang, key, pixels(lang, size)) };
        }),
        '720p',
      );
      const duration = numberSelect(
        'export-duration',
        t(lang, 'export.duration'),
        DURATIONS_S,
        DEFAULT_DURATION_S,
        (seconds) => t(lang, 'export.seconds', { seconds }),
      );
      const fps = numberSelect('export-fps', t(lang, 'export.fps'), FRAME_RATES, DEFAULT_FPS, (n) =>
        t(lang, 'export.fpsOption', { fps: n }),
      );
      const videoButton = button('video', t(lang, 'export.renderVideo'));
      const progress = h('progress', {
        class: 'export-progress',
        max: 1,
        value: 0,
        hidden: true,
        'aria-label': t(lang, 'export.video'),
      });
      const cancel = h(
        'button',
        { type: 'button', 'data-export': 'cancel', hidden: true },
        t(lang, 'export.cancel'),
      );
      cancel.addEventListener('click', () => running?.abort());
      videoButton.addEventListener('click', () => {
        if (!capture || running) return;
        const controller = new AbortController();
        running = controller;
        busy(true);
        progress.hidden = false;
        progress.value = 0;
        cancel.hidden = false;
        say(t(lang, 'export.working'));
        renderWebm({
          capture,
          content: options.content(lang),
          preset: videoChoice.value(),
          durationS: duration.value(),
          fps: fps.value(),
          signal: controller.signal,
          onProgress: (done, total) => {
            progress.value = done / total;
            say(t(lang, 'export.progress', { done, total }));
          },
        })
          .then(({ blob }) => {
            const file = exportFileName(lang, new Date(), 'webm');
            downloadBlob(blob, file);
            say(t(lang, 'export.saved', { file }));
          })
          .catch((error: unknown) => {
            if (isAbort(error)) say(t(lang, 'export.canceled'));
            else if (error instanceof VideoUnsupportedError) say(t(lang, 'export.noVideo'));
            else say(t(lang, 'export.failed', { reason: reason(error) }));
          })
          .finally(() => {
            running = null;
            progress.hidden = true;
            cancel.hidden = true;
            busy(false);
          });
      });

      const close = h('button', { type: 'button', class: 'close' }, t(lang, 'export.close'));
      close.addEventListener('click', () => element.close());
      element.replaceChildren(
        h('h2', { id: 'export-title' }, t(lang, 'export.heading')),
        h('p', { class: 'hint' }, t(lang, 'export.note')),
        h(
          'fieldset',
          { class: 'export-png' },
          h('legend', {}, t(lang, 'export.png')),
          pngChoice.element,
          pngButton,
        ),
        h(
          'fieldset',
          { class: 'export-svg' },
          h('legend', {}, t(lang, 'export.svg')),
          svgButton,
          onSvg ? null : h('p', { class: 'hint' }, t(lang, 'export.svgUnavailable')),
        ),
        h(
          'fieldset',
          { class: 'export-video' },
          h('legend', {}, t(lang, 'export.video')),
          h('p', { class: 'export-label' }, t(lang, 'export.videoSize')),
          videoChoice.element,
          h('div', { class: 'export-row' }, duration.element, fps.element),
          h('div', { class: 'export-row' }, videoButton, progress, cancel),
        ),
        status,
        close,
      );
      busy(running !== null);
      element.showModal();

      // Say at once when this browser cannot encode video, rather than after a click.
      void webmCodec(videoFrameSize(view, '720p'), DEFAULT_FPS).then((codec) => {
        if (codec || !element.open) return;
        videoButton.dataset.unavailable = 'true';
        videoButton.disabled = true;
        say(t(lang, 'export.noVideo'));
      });
    },
  };
}
