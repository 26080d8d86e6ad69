// Regression tests of facts the article states (or does not), as issue 13 found them shown wrongly.
import { describe, expect, it } from 'vitest';
import { eventWhen, eventWhere } from '../../../src/ui/country-details';
import { loadDataset, loadModel } from '../../fixtures/default-model';

const event = (id: string) => {
  const found = loadDataset().events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};
const country = (code: string) => {
  const found = loadDataset().countries.find((c) => c.code === code);
  if (!found) throw new Error(`no country ${code}`);
  return found;
};

describe('the facts issue 13 corrected', () => {
  it('Dubai: the officials have no stated nationality, and the UAE has no cooperation of its own', () => {
    expect(event('dxb').counterparts.map((c) => c.country)).toEqual([null]);
    expect(country('ARE').cooperation).toEqual([]);
    expect(country('ARE').note?.en).toMatch(/venue only/);
  });

  it('Dubai: «این کریدور ۲۰۲۵» is kept as written, with the likely «ایران کریدور ۲۰۲۵» as an editorial note', () => {
    const dxb = event('dxb');
    expect(dxb.title.fa).toContain('«این کریدور ۲۰۲۵»');
    expect(dxb.title.en).toContain('«این کریدور ۲۰۲۵»');
    expect(dxb.note?.fa).toContain('«ایران کریدور ۲۰۲۵»');
    expect(dxb.note?.en).toContain('"Iran Corridor 2025"');
  });

  it('Kazakhstan: the minister, not Orazbek, received the proposals («… از وی دریافت کرد»)', () => {
    const kaz = event('kaz');
    expect(kaz.summary.fa).toContain(
      'وزیر در جلسه‌ای پیشنهاداتی را در حوزه تخصصی ICT از اورزبیک دریافت کرد',
    );
    expect(kaz.summary.en).toContain('the minister received proposals');
  });

  it('Kyrgyzstan: ICT is what is missing in the two countries’ economic and cultural cooperation', () => {
    const topic = event('kgz').topics.find((t) => t.fa.includes('ICT'));
    expect(topic?.fa).toBe(
      'جای خالی همکاری در زمینه ICT در همکاری‌های مشترک اقتصادی و فرهنگی دو کشور',
    );
  });

  it('Kyrgyzstan: the details say the article gives no place and no date', () => {
    const model = loadModel();
    const kgz = model.events.get('kgz');
    if (!kgz) throw new Error('no kgz');
    expect(eventWhere(model, kgz, 'en')).toBe('the article gives no place');
    expect(eventWhere(model, kgz, 'fa')).toBe('مقاله مکانی نمی‌دهد');
    expect(eventWhen(kgz, 'en')).toMatch(/the article gives no date$/);
    expect(model.sites.some((s) => s.events.includes(kgz))).toBe(false);
    expect(model.trips.some((trip) => trip.event === kgz)).toBe(false);
  });

  it('eventWhere(model, event, lang) joins place and country with the comma of the language', () => {
    const model = loadModel();
    const sau = [...model.events.values()].find((e) => e.place === 'tehran');
    if (!sau) throw new Error('no meeting in Tehran');
    expect(eventWhere(model, sau, 'en')).toBe('Tehran, Iran');
    expect(eventWhere(model, sau, 'fa')).toBe('تهران، ایران');
  });

  it('Kyrgyzstan: no story note calls it a country of the first trip', () => {
    const notes = (loadDataset().story ?? []).map((c) => c.notes.en);
    expect(notes.filter((n) => /Kyrgyzstan (is|are) (also )?the countr/.test(n))).toEqual([]);
    expect(notes.filter((n) => n.includes('Kazakhstan and Kyrgyzstan are also'))).toEqual([]);
  });

  it('Venezuela: the Persian title keeps «قرار بود», and «کنتبه» is kept with the CANTV note', () => {
    const ven = event('ven');
    expect(ven.title.fa).toContain('قرار بود');
    expect(ven.counterparts[1]?.office.fa).toContain('(کنتبه)');
    expect(ven.note?.en).toContain('most likely CANTV');
    expect(ven.note?.fa).toContain('CANTV');
  });

  it('Cuba: the transfer of experience is «به کشور کوبا»', () => {
    expect(event('cub').topics.map((t) => t.fa)).toContain('انتقال تجربه به کشور کوبا');
    expect(country('CUB').cooperation.map((t) => t.en)).toContain('Transfer of experience to Cuba');
  });

  it('Iraq: «ترانزیت بین الملل فیبرهای دریایی» is one phrase, with no added "and"', () => {
    const topics = event('irq').topics;
    expect(topics.map((t) => t.fa)).toContain(
      'سرمایه‌گذاری مشترک در زمینه ترانزیت بین‌الملل فیبرهای دریایی',
    );
    expect(topics.some((t) => /transit and submarine/.test(t.en))).toBe(false);
  });

  it('the story says that it moves the Korean meeting out of the article’s order', () => {
    const agenda = (loadDataset().story ?? [])[0];
    expect(agenda?.notes.en).toMatch(/South Korean meeting last/);
    expect(agenda?.notes.fa).toContain('کره جنوبی');
  });
});
