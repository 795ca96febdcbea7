let answer: boolean | undefined;

/** Renderer names of WebGL drawn by the CPU (no graphics card), where canvas 2D is faster. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/**
 * Whether WebGL here runs on a graphics card. On a software rasteriser (SwiftShader in a
 * headless or GPU-less Chromium, Mesa's llvmpipe) cytoscape's WebGL renderer blocks the page far
 * longer than the canvas one (5,000 entities: 7.8 s frames against 5.9 s), so "auto" keeps canvas.
 */
export function hardwareWebgl(): boolean {
  if (answer !== undefined) return answer;
  answer = false;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return answer;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    answer = !SOFTWARE.test(name);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    answer = false;
  }
  return answer;
}
