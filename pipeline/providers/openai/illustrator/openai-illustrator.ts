import { ProviderError, throwIfCancelled } from '../../../errors';
import { PICTURE_PIXELS } from '../../../model';
import { fitPicture } from '../../../media/fit-picture';
import { callWithRetry } from '../../cloud/cloud-call';
import type { Illustration, Illustrator, IllustratorInput } from '../../illustrator';
import type { OpenAIConnection } from '../openai-connection';
import { imageRequestShape } from './image-request';
import { picturePrompt } from './picture-prompt';
import { pngSize } from './png-size';

/** Pictures from images.generate (gpt-image-1 by default; dall-e-3 and compatible servers too). */
export class OpenAIIllustrator implements Illustrator {
  readonly provider: string;
  readonly model: string;

  constructor(private readonly connection: OpenAIConnection) {
    this.provider = connection.provider;
    this.model = connection.models.illustrator;
  }

  async illustrate(input: IllustratorInput): Promise<Illustration> {
    throwIfCancelled(input.signal);
    const { scene, bible, style, size } = input;
    const shape = imageRequestShape(this.model, size, this.connection.imageQuality);
    const prompt = picturePrompt(scene, bible, style, shape.promptLimit);
    const encoded = await callWithRetry(this.connection.calls.illustrator, `drawing scene ${scene.index + 1}`, async (signal) => {
      const answer = await this.connection.client.images.generate({
        model: this.model,
        prompt,
        n: 1,
        size: shape.size as '1024x1024',
        ...(shape.quality ? { quality: shape.quality as 'high' } : {}),
        ...(shape.responseFormat ? { response_format: shape.responseFormat } : {}),
        ...(shape.outputFormat ? { output_format: shape.outputFormat } : {}),
      }, { signal });
      const data = answer.data?.[0];
      if (data?.b64_json) return data.b64_json;
      const what = data?.url ? 'a link instead of the picture' : 'no picture';
      throw new ProviderError({ provider: this.provider, retryable: !data?.url, message: `${this.provider} (${this.model}) answered with ${what}` });
    }, input.signal);
    const target = PICTURE_PIXELS[size];
    let image: Uint8Array = new Uint8Array(Buffer.from(encoded, 'base64'));
    const got = pngSize(image);
    if (!got || got.width !== target.width || got.height !== target.height) image = await this.fit(image, target, input.signal);
    const { width, height } = target;
    const { description } = scene;
    const drawn = [`setting:${description.setting}`, ...description.characters.map((id) => `character:${id}`), ...description.objects.map((object) => `object:${object}`)];
    return { image, mimeType: 'image/png', width, height, drawn, warnings: shape.warnings };
  }

  /**
   * Models draw their own sizes (gpt-image-1 makes 1536×1024 for a 1280×720 page) and some
   * servers answer in JPEG or WebP; the book keeps PNGs of its own sizes, cropped to fill.
   */
  private async fit(image: Uint8Array, target: { width: number; height: number }, signal?: AbortSignal): Promise<Uint8Array> {
    try {
      const fitted = await fitPicture(image, target, signal);
      if (pngSize(fitted)) return fitted;
    } catch (error) {
      throwIfCancelled(signal);
      throw new ProviderError({ provider: this.provider, retryable: false, message: `${this.provider} (${this.model}) answered with a picture that could not be read: ${(error as Error).message}`, cause: error });
    }
    throw new ProviderError({ provider: this.provider, retryable: false, message: `${this.provider} (${this.model}) answered with a picture that could not be read` });
  }
}
