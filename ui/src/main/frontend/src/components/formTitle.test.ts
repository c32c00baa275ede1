import { describe, expect, it } from 'vitest';
import type { FormSchema } from './FormRenderer';
import { formTitle, withoutTitle } from './formTitle';

const gapReview: FormSchema = {
  id: 'form_gap_review',
  components: [
    { id: 'Text_GapReview', type: 'text', text: '## 查漏补缺\n系统将以最新报送数据比对各项目标，计算差距。' },
    { id: 'Field_ok', key: 'ok', type: 'checkbox', label: '确认' },
  ],
};

describe('a form’s title', () => {
  it('is the heading line its first text opens with', () => {
    expect(formTitle(gapReview)).toBe('查漏补缺');
  });

  it('comes out of the form, which keeps the rest of its text and its fields', () => {
    const form = withoutTitle(gapReview);
    expect(form.components.map((c) => c.text ?? c.key)).toEqual(['系统将以最新报送数据比对各项目标，计算差距。', 'ok']);
    expect(gapReview.components[0].text).toContain('## 查漏补缺');
  });

  it('takes a text with nothing but the title along with it', () => {
    const form = withoutTitle({ components: [{ type: 'text', text: '# 签收任务' }, gapReview.components[1]] });
    expect(form.components.map((c) => c.key)).toEqual(['ok']);
  });

  it('is not there when the form does not open with a heading', () => {
    const plain: FormSchema = { components: [gapReview.components[1], { type: 'text', text: '## 说明' }] };
    expect(formTitle(plain)).toBeUndefined();
    expect(withoutTitle(plain)).toBe(plain);
    expect(formTitle({ components: [] })).toBeUndefined();
  });
});
