// Loads a warehouse's vendor driver (an optionalDependency) on first use, so installs without it
// still scan everything else, and opening a URL that needs it says which package to install.
import { SourceError } from '../../model/index.js';

/**
 * Packages to treat as not installed, comma-separated: lets the end-to-end tests check the
 * "not installed" error of the built CLI while the package is present.
 */
const HIDDEN = 'DATAMIN_TEST_HIDE_DRIVERS';

/**
 * `load()` (a literal `import('pkg')`, so the types and the bundle's `external` follow the
 * package), or a one-line SourceError: `<what> needs the optional package <pkg>: npm install <pkg>`.
 */
export async function loadVendorDriver<T>(pkg: string, what: string, location: string, load: () => Promise<T>): Promise<T> {
  const hint = `${what} needs the optional package ${pkg}: npm install ${pkg}`;
  if ((process.env[HIDDEN] ?? '').split(',').includes(pkg)) throw new SourceError(hint, location);
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw new SourceError(hint, location);
    // Installed but broken (a partial install, a wrong Node version): the reason's first line.
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 200);
    throw new SourceError(`${hint} (it is there but does not load: ${reason})`, location);
  }
}
