import { Tag } from 'antd';
import type { Light } from '../api';
import { useT, type Translate } from '../i18n';

const colours: Record<Light, string> = { GREEN: 'green', BLUE: 'blue', YELLOW: 'gold', RED: 'red' };

/** 三色督办: the task's or organization's light as a coloured tag. */
export function LightTag({ light }: { light: Light | null | undefined }) {
  const t = useT();
  if (!light) return <Tag>{t('light.none')}</Tag>;
  return <Tag color={colours[light]}>{lightName(light, t)}</Tag>;
}

/** A light in the reader's language (红灯 逾期). */
export function lightName(light: Light, t: Translate): string {
  const names = { GREEN: t('light.GREEN'), BLUE: t('light.BLUE'), YELLOW: t('light.YELLOW'), RED: t('light.RED') };
  return names[light] ?? light;
}
