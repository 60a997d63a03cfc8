'use server';

import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { redirectAction } from '@/lib/forms/action';
import { invalidatePositions } from '@/lib/posts/cache';
import { closePosition } from '@/lib/posts/positions';
import { isUuid, uuidField } from '@/lib/validation/uuid';

const postPage = (id: unknown) => (typeof id === 'string' && isUuid(id) ? `/unit/posts/${id}` : '/unit/posts');

/** 停止招募: the unit's own open position only; the public pages drop it at once. */
export const closePositionAction = redirectAction(
  { role: 'unit', schema: z.object({ id: uuidField }), back: (formData) => postPage(formData.get('id')) },
  async ({ p, data, ip }) => {
    const code = await closePosition(getDb(), p.id, data.id, { kind: 'unit', id: p.id, ip });
    if (code) invalidatePositions(code);
    return `${postPage(data.id)}${code ? '?closed=1' : ''}`;
  },
);
