// The loader of the warehouses' optional vendor drivers: a package that is not installed is a
// one-line SourceError naming the package to install; one that is installed loads.
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../../src/model/index.js';
import { loadVendorDriver } from '../../../src/sources/db/vendor-driver.js';

describe('loadVendorDriver', () => {
  it('says which package to npm install when it is missing', async () => {
    const missing = 'datamin-no-such-driver-package';
    const failure = await loadVendorDriver(missing, 'reading X', 'x://host/db', () => import(missing)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SourceError);
    expect((failure as SourceError).message).toBe(`reading X needs the optional package ${missing}: npm install ${missing}`);
    expect((failure as SourceError).message).not.toContain('\n');
  });

  it('loads a package that is installed', async () => {
    const module = await loadVendorDriver('google-auth-library', 'reading BigQuery', 'bigquery://p/d', () => import('google-auth-library'));
    expect(typeof module.GoogleAuth).toBe('function');
  });

  it('treats the packages of DATAMIN_TEST_HIDE_DRIVERS as missing', async () => {
    process.env.DATAMIN_TEST_HIDE_DRIVERS = 'other,google-auth-library';
    try {
      await expect(loadVendorDriver('google-auth-library', 'reading BigQuery', 'bigquery://p/d', () => import('google-auth-library'))).rejects.toThrow('reading BigQuery needs the optional package google-auth-library: npm install google-auth-library');
    } finally {
      delete process.env.DATAMIN_TEST_HIDE_DRIVERS;
    }
  });
});
