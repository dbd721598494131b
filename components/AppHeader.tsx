/** The product name, its English name and the version: the top of the popup and the options page. */
export interface AppHeaderProps {
  version: string;
  iconUrl: string;
}

export function AppHeader({ version, iconUrl }: AppHeaderProps) {
  return (
    <header class="app-header">
      <img src={iconUrl} alt="" />
      <div>
        <div class="name">Trợ lý Dịch vụ công Thanh Hóa</div>
        <div class="version">
          <span lang="en">Thanh Hóa Public Service Assistant</span> · phiên bản {version}
        </div>
      </div>
    </header>
  );
}
