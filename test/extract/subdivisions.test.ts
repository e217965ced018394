import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../extract/index.js';

const regions = (text: string) => extractArticle(text).entities.filter((e) => e.kind === 'REGION').map((e) => e.name);

describe('first-level subdivisions of the countries a story names', () => {
  it('reads a province no word beside it calls one, when the story names its country', () => {
    expect(regions('BUENOS AIRES (Reuters) - Argentina\'s governors walked out. The governors of Jujuy and Tucumán said the fuel tax would hurt them.')).toEqual(['Jujuy', 'Tucumán']);
    expect(regions('Finland will close clinics. Patients in Uusimaa will travel further, the ministry said.')).toEqual(['Uusimaa']);
    // (accents and dotless i aside: the data writes "Canakkale", the text "Çanakkale")
    expect(regions('Türkiye sent aid. Farmers in Çanakkale said the frost had hit hard.')).toEqual(['Çanakkale']);
  });

  it('reads none without its country in the story', () => {
    expect(regions('Patients in Uusimaa will travel further, the ministry said.')).toEqual([]);
  });

  it('reads none inside a person\'s name, a longer name or a place named by what it is', () => {
    // (Trang is a Vietnamese province and a given name; Bío-Bío a Chilean region and a radio station's name)
    expect(regions('Vietnam will cut power. "We bought generators," said Nguyen Thi Thu Trang, a manager. Trang said orders had fallen.')).toEqual([]);
    expect(regions('Chile extended the emergency. A trucker told Radio Bío-Bío that the trucks were insured.')).toEqual([]);
    expect(regions('Uganda will pay. The claims were filed with the High Court in the city of Hoima on Monday.')).toEqual([]);
  });

  it('gives a bare name to the region a pass named with its noun', () => {
    const r = extractArticle('Japan raised the alert. Supermarkets in Kanagawa Prefecture ran short. Shoppers in Kanagawa queued for hours.');
    expect(r.entities.filter((e) => e.kind === 'REGION').map((e) => [e.name, e.mentions.length])).toEqual([['Kanagawa Prefecture', 2]]);
  });
});

describe('a subdivision inside a longer name', () => {
  it('is read elsewhere in the text, and a lawmaker "for" it keeps it in the title', () => {
    const r = extractArticle('BANGKOK: Thailand cracked down on nominee firms in Phuket. Kongsak Jaroenying, president of the Phuket Tourist Association, said members agreed. Thitiwat Rattanaporn, a People\'s Party MP for Phuket, said the crackdown was late.');
    expect(r.entities.filter((e) => e.kind === 'REGION').map((e) => e.name)).toEqual(['Phuket']);
    expect(r.officials.find((o) => o.name === 'Thitiwat Rattanaporn')?.roles[0].title).toBe("People's Party MP for Phuket");
  });
});
