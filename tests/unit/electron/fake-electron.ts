// A stand-in for the parts of Electron that electron/main.ts uses, recording what it is asked to
// do. It lets the main process's wiring run under Node on machines without Electron's binary;
// the Playwright _electron spec checks the same flows against the real thing where it exists.
import type { MenuItemConstructorOptions } from 'electron';

type Listener = (...args: any[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    const wrapped: Listener = (...args) => {
      this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== wrapped));
      return listener(...args);
    };
    return this.on(event, wrapped);
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

export function preventable() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function createFakeElectron(options: {
  userData: string;
  documents: string;
  appPath: string;
  singleInstance?: boolean;
  isPackaged?: boolean;
}) {
  const windows: FakeWindow[] = [];
  const calls = {
    sandboxEnabled: false,
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    ipcHandlers: new Map<string, Listener>(),
    menus: [] as MenuItemConstructorOptions[][],
    messageBoxes: [] as unknown[],
    sessionHandlers: {} as Record<string, Listener>,
    quitCount: 0,
    /** What the next save and open dialogs answer: a path, or undefined for Cancel. */
    saveDialogPath: undefined as string | undefined,
    openDialogPath: undefined as string | undefined,
    /** How often the app asked to be told when Electron is ready: nothing starts without it. */
    whenReadyCalls: 0,
    exitCode: undefined as number | undefined,
  };
  let quitting = false;
  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));

  let nextContentsId = 1;
  class FakeWebContents extends Emitter {
    readonly id = nextContentsId++;
    readonly sent: [string, unknown][] = [];
    url = '';
    reloads = 0;
    getURL() {
      return this.url;
    }
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
    /** Like Electron, the page comes back later: the test emits 'did-finish-load' when it has. */
    reload() {
      this.reloads += 1;
    }
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler;
    }
    windowOpenHandler?: Listener;
  }

  class FakeWindow extends Emitter {
    readonly webContents = new FakeWebContents();
    destroyed = false;
    maximized = false;
    shown = false;
    focused = 0;
    bounds: Rect;
    constructor(readonly options: Record<string, any>) {
      super();
      this.bounds = { x: options.x ?? 10, y: options.y ?? 10, width: options.width, height: options.height };
      windows.push(this);
      app.emit('web-contents-created', preventable(), this.webContents);
    }
    static getAllWindows = () => [...windows];
    static getFocusedWindow = () => windows[0] ?? null;
    async loadURL(url: string) {
      this.webContents.url = url;
      this.webContents.emit('did-finish-load');
      this.emit('ready-to-show');
    }
    isDestroyed = () => this.destroyed;
    isMinimized = () => false;
    restore() {}
    show() {
      this.shown = true;
    }
    focus() {
      this.focused += 1;
    }
    maximize() {
      this.maximized = true;
    }
    isMaximized = () => this.maximized;
    getNormalBounds = () => ({ ...this.bounds });
    setBounds(bounds: Rect) {
      this.bounds = { ...bounds };
    }
    close() {
      const event = preventable();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroyed = true;
      windows.splice(windows.indexOf(this), 1);
      this.emit('closed');
      this.webContents.emit('destroyed');
      if (windows.length === 0 && !quitting) app.emit('window-all-closed');
    }
  }

  const paths: Record<string, string> = { userData: options.userData, documents: options.documents };
  const app = Object.assign(new Emitter(), {
    isPackaged: options.isPackaged ?? false,
    setPath: (name: string, path: string) => void (paths[name] = path),
    getPath: (name: string) => paths[name] ?? options.userData,
    getAppPath: () => options.appPath,
    getVersion: () => '0.1.0',
    enableSandbox: () => void (calls.sandboxEnabled = true),
    requestSingleInstanceLock: () => options.singleInstance ?? true,
    whenReady: () => {
      calls.whenReadyCalls += 1;
      return ready;
    },
    exit: (code: number) => void (calls.exitCode = code),
    // Like Electron: close every window (no window-all-closed while quitting), then will-quit,
    // which a listener may prevent; otherwise the app is gone.
    quit() {
      quitting = true;
      app.emit('before-quit', preventable());
      for (const window of [...windows]) window.close();
      const willQuit = preventable();
      app.emit('will-quit', willQuit);
      if (willQuit.defaultPrevented) {
        quitting = false;
        return;
      }
      calls.quitCount += 1;
      app.emit('quit');
    },
  });

  const electron = {
    app,
    BrowserWindow: FakeWindow,
    dialog: {
      showSaveDialog: async () => (calls.saveDialogPath === undefined ? { canceled: true } : { canceled: false, filePath: calls.saveDialogPath }),
      showOpenDialog: async () => ({ canceled: calls.openDialogPath === undefined, filePaths: calls.openDialogPath === undefined ? [] : [calls.openDialogPath] }),
      showMessageBox: async (...args: unknown[]) => {
        calls.messageBoxes.push(args.at(-1));
        return { response: 0 };
      },
    },
    ipcMain: { handle: (channel: string, listener: Listener) => calls.ipcHandlers.set(channel, listener) },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
      setApplicationMenu: (menu: MenuItemConstructorOptions[]) => void calls.menus.push(menu),
    },
    nativeTheme: { themeSource: 'system' as string },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void calls.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void calls.protocolHandlers.set(scheme, handler),
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => void (calls.sessionHandlers.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => void (calls.sessionHandlers.permissionCheck = handler),
        setDevicePermissionHandler: (handler: Listener) => void (calls.sessionHandlers.devicePermission = handler),
        webRequest: { onBeforeRequest: (handler: Listener) => void (calls.sessionHandlers.beforeRequest = handler) },
      },
    },
  };
  return { electron, app, windows, calls, ready: resolveReady };
}

/** Finds a menu item by id in a template, at any depth. */
export function menuItem(template: readonly MenuItemConstructorOptions[] | undefined, id: string): MenuItemConstructorOptions | undefined {
  for (const item of template ?? []) {
    if (item.id === id) return item;
    const inner = Array.isArray(item.submenu) ? menuItem(item.submenu, id) : undefined;
    if (inner) return inner;
  }
  return undefined;
}
