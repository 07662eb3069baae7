// A section for the uploads' tests (disk and object store): its one route keeps what the kernel's
// uploads accept, as a real section would, and fails after filing when the note says « échec ».
import { type Kernel, type MemberEnv, uploadFields } from '@portail/kernel';
import { testSlice } from '@portail/kernel/testing';
import { Hono } from 'hono';
import { z } from 'zod';

/** A section whose one route keeps what the kernel's uploads accept, as a real section would. */
export const uploadSection = testSlice('essai', {
  createApi(kernel: Kernel) {
    const app = new Hono<MemberEnv>();
    app.post('/envois', kernel.requireMember(), async (c) => {
      const stored = await kernel.uploads.receive(c, async (upload) => {
        const fields = uploadFields(
          upload,
          z.object({ note: z.string().min(1, { error: 'Saisissez une note.' }) }),
        );
        return kernel
          .database()
          .transaction()
          .execute(async (trx) => {
            const files = await upload.store(trx);
            if (fields.note === 'échec') throw new Error('the transaction fails after the files were filed');
            return files;
          });
      });
      return c.json(stored, 201);
    });
    return app;
  },
});
